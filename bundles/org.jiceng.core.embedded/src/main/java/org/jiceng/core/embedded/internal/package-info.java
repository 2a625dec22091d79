/**
 * The embedded H2 database's data source and upkeep: connections that keep writes out of the moments a
 * chunk is stored, and compaction of the file while the server runs. Private.
 */
package org.jiceng.core.embedded.internal;
