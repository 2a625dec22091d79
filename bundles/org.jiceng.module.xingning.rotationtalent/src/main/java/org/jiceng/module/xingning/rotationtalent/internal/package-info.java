/**
 * 兴宁 交流轮岗 and 人才工作 (cadre rotation and talent work): leaders who have headed one unit for 5
 * years or deputised in it for 10 are due to rotate (the core's cadre tenure says who); the city
 * plans their moves year by year, approves them and records the executed ones in the core's cadre
 * positions, so the tenure starts again; exceptions are deferred with a reason. Talent lists by
 * category, and the catalogue of urgently needed posts (急需紧缺人才目录岗位) with talents matched.
 * Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "xrt", origin = "441481", nameZh = "干部交流轮岗和人才工作", nameEn = "Cadre rotation and talent work")
@XmlSchema(namespace = RotationTalentWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.rotationtalent.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
