/**
 * 顺义 党建工作绩效考评 (performance appraisal of Party-building work) and 考核结果应用 (the use of its
 * results): each year the county appraises the leading group's member units and the townships on the
 * core's scoring engine — scores entered per indicator, the progress of entry, an analysis per
 * indicator, the overall ranking with a yearly score, rank and grade 优/良/中/差 — and records the
 * measures its rules attach to each grade as decisions against the units and the people concerned.
 * Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "sap", origin = Store.DISTRICT, nameZh = "党建工作绩效考评", nameEn = "Party-building performance appraisal")
@XmlSchema(namespace = AppraisalWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.appraisal.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
