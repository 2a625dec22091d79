/**
 * 顺义 党建工作会议机制 and 四上四下: the county's chain of meetings — topic meeting (专题会), supervision
 * analysis (督查分析会), leading group (领导小组会), standing committee (区委常委会), annual summary
 * (年度总结会) — planned for the year with fixed people and cycle and held with minutes; and the
 * matters carried along that chain, each going up and down the three levels four times (四上四下)
 * before the standing committee decides. Both are procedures of the core's engine. Everything here
 * is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "smt", origin = Store.DISTRICT, nameZh = "党建工作会议机制与四上四下", nameEn = "Party-building meeting chain and four ups, four downs")
@XmlSchema(namespace = MeetingsWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
