/**
 * 武冈 述职评议与三级责任书: township secretaries report twice a year — mid-year around 七一 and at
 * year-end — in two-way rounds (the city committee rates, and so do the township's village cadres),
 * and responsibility pledges are signed level by level, county → township → village. Every record
 * lives in the core's pledges and duty-reports engine ({@code org.jiceng.duty}); this module adds
 * 武冈's rules, its pledge items, its views and documents. Everything here is private to the module.
 */
@JicengModule(id = Wugang.MODULE_ID, tablePrefix = "wpr", origin = Wugang.COUNTY, nameZh = "述职评议与三级责任书", nameEn = "Duty reports and responsibility pledges")
@XmlSchema(namespace = PledgesReportsWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.pledgesreports.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
