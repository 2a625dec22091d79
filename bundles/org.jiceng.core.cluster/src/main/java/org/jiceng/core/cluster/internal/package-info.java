/** The cluster's implementation over plain JDBC: node identity and heartbeat, job firings, leases, signals. Private. */
package org.jiceng.core.cluster.internal;
