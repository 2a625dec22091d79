/**
 * 武冈 两个创建 (two creations): branches apply to become standardized branches (标准化党支部) and,
 * once accepted as such, model branches (示范化党支部). The acceptance criteria and the evaluations
 * (self-check, cross-inspection by another township's inspector) are the core's checklist engine;
 * this module keeps the applications, their stage and the county's acceptance decision, and
 * computes the ranking down to villages, the pass rate and the model branches. Everything here is
 * private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "wtc", origin = "430581", nameZh = "两个创建", nameEn = "Two creations")
@XmlSchema(namespace = TwoCreationsWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.twocreations.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
