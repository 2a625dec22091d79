/**
 * 武冈 村级集中服务日 (village service days): every Monday the village cadres and the cadre stationed
 * in the village sit at the village venue; residents' applications received there are handled end to
 * end by a cadre acting as agent (全程代办) against a promised deadline, closed with a result and the
 * resident's satisfaction. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "wsv", origin = "430581", nameZh = "村级集中服务日", nameEn = "Village service days")
@XmlSchema(namespace = ServiceDayWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.wugang.serviceday.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
