/**
 * Step procedures (程序化工作流程): a versioned definition is an ordered list of steps, each with
 * the record it requires, the role that may complete it and an optional deadline; an instance
 * advances one step at a time, never skips, keeps who/when/what for every step and may be closed
 * early with a reason. Serves 顺义 督导 (six steps) and 督查 (five steps), 兴宁's Party–masses
 * joint meeting (six steps), 武冈's good-cadre selection (five rounds). State changes are posted
 * as OSGi events on {@code org/jiceng/procedure/<CHANGE>} with properties id, jurisdictionCode, status.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jiceng.procedure;
