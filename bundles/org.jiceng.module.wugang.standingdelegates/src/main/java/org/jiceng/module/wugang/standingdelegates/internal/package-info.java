/**
 * 武冈 党代表常任制 (standing delegates of the city Party congress): delegates (the core's members
 * where the registry has them) in their studios, each linked to one village and ten households; the
 * duties they perform, their proposals handled on the core's problems engine, and their yearly
 * democratic evaluation by the module's rules. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "wsd", origin = Store.COUNTY, nameZh = "党代表常任制", nameEn = "Standing delegates")
@XmlSchema(namespace = StandingDelegatesWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.standingdelegates.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
