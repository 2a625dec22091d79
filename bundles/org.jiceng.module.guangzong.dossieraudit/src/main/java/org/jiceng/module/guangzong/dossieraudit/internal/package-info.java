/**
 * 广宗 农村党员档案专审 (special audit of rural members' dossiers) and 三年以上不发展党员村 (villages
 * with no member developed for three years or more). The county opens an audit campaign; the
 * members in scope — rural members under 60 — are taken from the core's member records; each
 * dossier is audited against the four criteria (真实, 准确, 完整, 规范), findings are fixed and the
 * dossier re-audited. The villages the core finds without an admission for the threshold's years are
 * put on the county's clearing list with a responsible cadre and measures, and cleared when the core
 * records a new admission there. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "gda", origin = "130531", nameZh = "农村党员档案专审", nameEn = "Rural member dossier audit")
@XmlSchema(namespace = DossierAuditWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.guangzong.dossieraudit.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
