/**
 * 广宗 考学制度 (study exams: periodic exams of the county's Party members and cadres, the top
 * scorers selected batch by batch for revolutionary-site training at 延安, 西柏坡, 前南峪) and
 * 无职党员培训 (training of members without a post: a 3-year plan, yearly plans with targets per
 * township, batches by township, coverage toward every member without a post). Everything here
 * is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "gst", origin = Store.COUNTY, nameZh = "考学制度和无职党员培训", nameEn = "Study exams and training of members without a post")
@XmlSchema(namespace = StudyTrainingWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.guangzong.studytraining.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
