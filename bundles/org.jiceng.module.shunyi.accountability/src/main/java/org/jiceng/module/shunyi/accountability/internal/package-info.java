/**
 * 顺义 党建工作责任追究 (accountability for Party-building duty): the county's catalogue of behaviours
 * of failing the duty (顺义: 10 classes, 44 behaviours), cases against the people answerable —
 * leading groups, their heads and member units, the principal leaders of leading teams — each
 * classified against the catalogue and linked to the problem that caused it, decided with one of
 * the penalties of the rules (诫勉谈话, 停职检查, 调整职务, 责令辞职, 免职, 降职) or closed without
 * liability; statistics per class and unit. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "sac", origin = Store.DISTRICT, nameZh = "党建工作责任追究", nameEn = "Accountability for Party-building duty")
@XmlSchema(namespace = AccountabilityWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.accountability.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
