/**
 * 兴宁 村级后备干部"123工程" (village reserve cadres): every village (community) cultivates within
 * one term 1 branch secretary reserve, 2 two-committee reserves and 3 activists, trains them
 * (trial, shadowing, batches, a deputy secretary post), puts some under focused training and
 * records the outcome. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "xrv", origin = "441481", nameZh = "村级后备干部123工程", nameEn = "Village reserve cadres (123)")
@XmlSchema(namespace = ReserveCadresWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.reservecadres.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
