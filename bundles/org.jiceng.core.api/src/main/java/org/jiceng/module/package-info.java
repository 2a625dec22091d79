/** Module SPI: how a county module declares itself, and the registry of installed modules and where they are enabled. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.jiceng.module;
