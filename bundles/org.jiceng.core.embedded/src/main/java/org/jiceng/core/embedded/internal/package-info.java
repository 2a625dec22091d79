/** The embedded H2 database's upkeep: compaction of its file while the server runs. Private. */
package org.jiceng.core.embedded.internal;
