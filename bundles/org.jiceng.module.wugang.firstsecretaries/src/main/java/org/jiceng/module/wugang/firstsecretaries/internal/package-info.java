/**
 * 武冈 第一书记 (first secretaries): secretaries sent to weak villages are the core's assignments;
 * this module adds their presence in the village, their weekly and half-yearly reports, the
 * monthly ranking on the core's scoring engine and the elimination of the last. Everything here is
 * private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "wfs", origin = "430581", nameZh = "第一书记管理", nameEn = "First secretaries")
@XmlSchema(namespace = FirstSecretariesWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.firstsecretaries.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
