/**
 * 兴宁 驻点联系群众 (town leading cadres stationed in villages to keep direct contact with residents,
 * 镇街领导干部驻点普遍直接联系群众): town cadres are stationed in villages and visit their households
 * (进户率 = households visited / households the village registers); what residents raise is a problem
 * of the core's problems engine (source RESIDENT_CONTACT) handled by the village, escalated to the town
 * and then to the city's units when the level below cannot solve it (市镇村三级联动问题解决机制), each
 * level with its own deadline, and resolved with a note (办结). Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "xrc", origin = Store.COUNTY, nameZh = "驻点联系群众", nameEn = "Stationed cadres' contact with residents")
@XmlSchema(namespace = ResidentContactWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.residentcontact.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
