/**
 * The embedded H2 database's data source and upkeep: connections that keep writing transactions and
 * compaction apart, and compaction of the file while the server runs. Private.
 */
package org.jiceng.core.embedded.internal;
