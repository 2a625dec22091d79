/**
 * 广宗 党员干部日常量化考评 (daily quantified evaluation of Party members and cadres): the county opens
 * a year on the core's scoring engine and registers its pilot townships; each township puts its
 * members and cadres on the evaluation and records dated score entries through the year on the
 * three boards (日常工作测评, "德"的考评, 学习提升); the engine recomputes the totals and the
 * rankings per township, the module ranks the county. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "gde", origin = "130531", nameZh = "党员干部日常量化考评", nameEn = "Daily quantified evaluation of cadres")
@XmlSchema(namespace = DailyEvaluationWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
