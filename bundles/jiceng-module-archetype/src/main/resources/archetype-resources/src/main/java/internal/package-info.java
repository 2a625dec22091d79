/**
 * ${nameZh} (${nameEn}): a Jiceng module. Everything here is private to the module; other systems
 * reach it over REST and SOAP only.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "${tablePrefix}", origin = Store.ORIGIN, nameZh = "${nameZh}", nameEn = "${nameEn}")
@XmlSchema(namespace = NotesWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package ${package}.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
