/** SOAP contract of the core registry for upper-level systems: jurisdictions, organizations, members. */
@XmlSchema(namespace = RegistryWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.core.soap.registry;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.soap.LocalDateAdapter;
