/**
 * 兴宁 领导干部挂钩指导党建工作: every city leader (市领导) is linked for the year to one town (镇街), one
 * province-designated poor village (省定贫困村) and one weak and lax village (软弱涣散村); each link carries a
 * responsibility list (党建工作责任清单: requirements, the unit responsible, due dates) and is checked
 * periodically (定期检查), the checks finding the list's items done. Leaders are the core's members with the core
 * post that makes them city leaders, towns and villages the core's jurisdictions, weak villages those whose Party
 * organization the registry marks weak and lax; the poor villages are the city's list kept here. Everything here is
 * private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "xll", origin = Store.CITY, nameZh = "领导干部挂钩指导党建工作", nameEn = "Leader linkage")
@XmlSchema(namespace = LeaderLinkageWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
