/**
 * 顺义 党建工作督导 and 督查 (supervision-guidance and inspection-supervision): a district- or
 * division-level team supervises a unit's Party-building work — guidance in six steps (立项督导,
 * 确定方案, 开展督导, 反馈意见, 问题回访, 总结情况), inspection in five (分解立项, 台账督办, 督查报告,
 * 督查催报, 回访复核) — on the core's procedure engine; what the team finds is reported to the core's
 * problems engine, rectified by the unit, and revisited and re-checked before the item may pass its
 * revisit step. The ledger (台账) and each item's report come out as XLSX and PDF. Everything here is
 * private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "ssv", origin = Store.DISTRICT, nameZh = "党建工作督导督查", nameEn = "Party-building supervision and inspection")
@XmlSchema(namespace = SupervisionWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
