/**
 * 广宗 基层党建巡察 (inspection tours of grassroots Party building): the county's inspection group
 * (巡察专员) tours township Party committees, villages, county organs and two-new organizations in
 * numbered rounds, each unit in one of three modes — 机动式 (mobile, a special topic), 麻雀式
 * (sparrow dissection, one unit in depth) and 跟踪式 (follow-up of earlier rectification). What a
 * visit finds is reported to the core's problems engine (source INSPECTION_TOUR) on the unit, the
 * unit rectifies there, and a follow-up visit in a later round verifies the rectification or
 * reopens it; accountability (约谈, 函询, 诫勉谈话, 处分, 召回) is recorded on the engine's problem. A
 * round closes once every finding of it is verified. Figures per round and county, the round's
 * report (PDF) and the problem ledger (XLSX). Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "gzt", origin = Store.COUNTY, nameZh = "基层党建巡察", nameEn = "Inspection tours of grassroots Party building")
@XmlSchema(namespace = InspectionToursWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.guangzong.inspectiontours.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
