/**
 * 顺义 党建创新案例库 (the Party-building innovation case library): units submit cases by the
 * district's principle "dissect one case, solve one class of problems, form one mechanism"
 * (解剖一个案例,解决一类问题,形成一套机制); the organization department reviews them, admits a case
 * once it is mature and returns it otherwise, promotes admitted ones (成熟一个,纳入一个,推广一个)
 * and records the units that take them up. A case may name the Jiceng module that implements its
 * mechanism, so an adopting unit sees whether the module is enabled for it. Everything here is
 * private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "sic", origin = Store.DISTRICT, nameZh = "党建创新案例库", nameEn = "Party-building innovation cases")
@XmlSchema(namespace = CasesWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.shunyi.innovationcases.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
