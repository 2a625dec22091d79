/**
 * 广宗 基层党建工作标准 (the county's grassroots Party-building work standard, 10 categories and 57
 * tasks) on the core's checklist engine — each village and community Party organization checks
 * itself every year and its township checks it; pass rates per category, township and county; the
 * units below the standard listed for rectification — and the 优秀年轻干部人才库 (young cadre pool)
 * on the core's cadre designations: selection, cultivation, assessment and use (选育管用).
 * Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "gws", origin = "130531", nameZh = "基层党建工作标准", nameEn = "Grassroots work standard and young cadre pool")
@XmlSchema(namespace = WorkStandardWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.guangzong.workstandard.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
