/**
 * Module SPI: how a county module declares itself, the registry of installed modules and where they
 * are enabled, and how a module contributes its interfaces and demo data. 1.2: {@link
 * org.jiceng.module.DemoDataContributor}, {@link org.jiceng.module.DemoDataRun} and the module gate of
 * SOAP endpoints ({@link org.jiceng.module.ModuleEndpoints#JURISDICTION_PARAMETER}). 2.1: {@link
 * org.jiceng.module.ModuleDeployment}, installing and uninstalling modules from the distribution's
 * repositories at runtime.
 */
@org.osgi.annotation.bundle.Export
@org.jspecify.annotations.NullMarked
@org.osgi.annotation.versioning.Version("2.3.0")
package org.jiceng.module;
