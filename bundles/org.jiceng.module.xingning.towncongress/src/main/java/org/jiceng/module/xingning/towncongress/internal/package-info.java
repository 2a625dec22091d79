/**
 * 兴宁 镇党代会年会制 (town Party congress annual sessions) and 联席会议 (village joint meetings):
 * delegates and credentials, sessions with quorum, typed agenda, elections and evaluation,
 * delegates' proposals through handling and reply, leadership and Party–masses joint meetings on
 * the core procedure engine, statistics. Everything here is private to the module.
 */
@JicengModule(id = CongressStore.MODULE_ID, tablePrefix = "xtc", origin = "441481", nameZh = "镇党代会年会制和联席会议", nameEn = "Town Party congress annual sessions and joint meetings")
@XmlSchema(namespace = CongressWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.xingning.towncongress.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
