/**
 * 武冈 村干部绩效考核百分制 (village cadre 100-point appraisal): each year the county appraises every
 * village cadre (a member holding one of the core's village posts) and every village's leadership
 * team on the core's scoring engine, from a performance dossier of work records kept here and the
 * township's hand scores; approved results fix the lost-work subsidy, awards and selection
 * candidates. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "wva", origin = "430581", nameZh = "村干部绩效考核", nameEn = "Village cadre appraisal")
@XmlSchema(namespace = AppraisalWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.villageappraisal.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
