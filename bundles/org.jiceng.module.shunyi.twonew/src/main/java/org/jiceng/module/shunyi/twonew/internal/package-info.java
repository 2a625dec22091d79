/**
 * 顺义 两新组织台账 (the two-new organization ledger): one sheet per non-public enterprise and social
 * organization (一企一表、一社一表) saying how the Party covers it — an organization of its own, a
 * joint one with other units, or none yet — with its members, Party-building instructor and contact;
 * coverage rates per township as the district reports them; and the district's reserve talent
 * database for village and community cadres (后备人才资源数据库), from which cadres are posted to
 * villages and communities. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "stn", origin = Store.DISTRICT, nameZh = "两新组织台账", nameEn = "Two-new organization ledger")
@XmlSchema(namespace = TwoNewWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.twonew.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
