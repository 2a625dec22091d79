/**
 * 兴宁 按期换届提醒督促 (term expiry reminders): a written reminder six months before an
 * organization's term ends, sent by the organization it is affiliated to; replies and overdue
 * terms are tracked. Everything here is private to the module.
 */
@JicengModule(id = TermReminders.MODULE_ID, tablePrefix = "xtr", origin = "441481", nameZh = "按期换届提醒督促", nameEn = "Term expiry reminders")
@XmlSchema(namespace = TermRemindersWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.termreminders.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
