/**
 * Organizational life (组织生活): "three meetings and one lesson" (三会一课), themed Party days,
 * organizational life meetings, democratic evaluation and volunteering as activities that are
 * filed before, recorded with attendance when held and archived after (兴宁's 计划报备和纪实);
 * Party dues; the member's handbook (广宗's 党内组织生活活动手册) and branch statistics.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("2.0.0")
package org.jiceng.orglife;
