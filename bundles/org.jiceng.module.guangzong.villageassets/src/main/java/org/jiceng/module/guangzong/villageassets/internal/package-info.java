/**
 * 广宗 村级组织活动场所资产台账 (the asset ledger of village organizations' activity venues) and
 * 村级组织运转经费 (village organizations' operating funds). Each village's venue has its buildings,
 * grounds and equipment on the ledger; the county takes stock yearly (清产核算), each venue's counted
 * quantities are recorded against the ledger and the differences settled by adjusting it with a
 * reason. Each village's fund of a year has a budget and a scope of use; spending requests go
 * through the township's and, above a threshold, the county's approval, are refused by rule outside
 * the scope or over the budget, and are paid. Everything here is private to the module.
 */
@JicengModule(id = Store.MODULE_ID, tablePrefix = "gva", origin = "130531", nameZh = "村级组织活动场所资产台账", nameEn = "Village venue assets and operating funds")
@XmlSchema(namespace = VillageAssetsWebService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class)
package org.jiceng.module.guangzong.villageassets.internal;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.jiceng.module.kit.JicengModule;
import org.jiceng.soap.LocalDateAdapter;
