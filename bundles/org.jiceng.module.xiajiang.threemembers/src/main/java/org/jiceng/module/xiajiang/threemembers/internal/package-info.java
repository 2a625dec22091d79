/**
 * 峡江 基层党建"三员"共建 (three members co-building): Party-building commissioners for weak
 * branches of county organs, instructors for two-new organizations and supervisors for seven
 * sector domains, from target selection to the year-end assessment and the county's figures.
 * The mechanisms are the core's (assignments, checklists, problems, scoring); this package adds
 * the vocabulary, rules and views. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "x3m", origin = "360823", nameZh = "基层党建“三员”共建", nameEn = "Three members co-building (commissioners, instructors, supervisors)")
@XmlSchema(namespace = ThreeMembersWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xiajiang.threemembers.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
