/**
 * 兴宁 镇街党(工)委书记“双向”述职 (two-way duty reporting): at year-end the secretaries of the towns
 * and subdistricts report on their Party-building work to the city committee's plenary session and to
 * the town and village cadres' meeting; the city committee's members (UPPER) and the town's cadres
 * (LOWER) score them, the two directions are weighed into one result per secretary, and the results
 * are tied to the year's commendations and to the town leaders' advancement (进退留转). Rounds,
 * reports and evaluations live in the core's duty-reports engine ({@code org.jiceng.duty}); this
 * module adds 兴宁's rules, the county's weighting (its only table), the result list, its views and
 * documents. Everything here is private to the module.
 */
@JicengModule(id = Xingning.MODULE_ID, tablePrefix = "xtw", origin = Xingning.COUNTY, nameZh = "镇街党(工)委书记双向述职", nameEn = "Two-way duty reporting of town secretaries")
@XmlSchema(namespace = TwoWayReportingWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.twowayreporting.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
