/**
 * 武冈 好干部评选 (good-cadre selection): nominees are the core's members, nominated through four
 * channels; the five eliminating rounds of each nomination run on the core's procedure engine;
 * the public notice, its objections, the decisions and the figures are the module's own.
 * Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "wgc", origin = Store.COUNTY, nameZh = "好干部评选", nameEn = "Good-cadre selection")
@XmlSchema(namespace = GoodCadresWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.goodcadres.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
