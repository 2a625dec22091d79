/**
 * 顺义 党建工作指标体系 and 工作要点/折子工程 (the indicator system and the year's folded projects): the
 * county's indicators, each under one of three aspects and one of five domains (顺义: 16 indicators),
 * the year's tasks of each indicator assigned to units (218), the year's work points in parts and
 * items (7 and 30) and the folded projects that carry them out (104), each scheduled backwards from
 * its deadline into milestones the unit reports done; slipping milestones and tasks in the inbox,
 * completion rates per unit and domain. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "sin", origin = Store.DISTRICT, nameZh = "党建工作指标体系与折子工程", nameEn = "Party-building indicators and folded projects")
@XmlSchema(namespace = IndicatorsWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
