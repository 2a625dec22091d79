package org.jiceng.core.cluster.internal;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jiceng.cluster.ClusterLeases;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases in {@code cluster_lease}, taken and renewed by one conditional update (free, expired or
 * already ours), so two nodes never both succeed. The answer is remembered for a third of the
 * lease's time: a holder keeps a margin of two thirds before another node could take it.
 */
@Component(service = ClusterLeases.class)
public class ClusterLeasesImpl implements ClusterLeases {
    private final Logger logger = LoggerFactory.getLogger(ClusterLeasesImpl.class);
    private final LocalNode node;
    /** Per lease: whether held, and until when (System.nanoTime) that answer is trusted. */
    private final Map<String, long[]> answers = new ConcurrentHashMap<>();

    @Activate
    public ClusterLeasesImpl(@Reference LocalNode node) {
        this.node = node;
    }

    /** Gives the leases up on a clean stop, so another node takes them at once. */
    @Deactivate
    void deactivate() {
        try {
            node.store().update("DELETE FROM cluster_lease WHERE node_id = ?", node.id());
        } catch (SQLException e) {
            logger.warn("Could not give the leases up: {}", e.toString());
        }
    }

    @Override
    public boolean holds(String lease) {
        long now = System.nanoTime();
        long[] answer = answers.get(lease);
        if (answer != null && answer[1] - now > 0) {
            return answer[0] == 1;
        }
        boolean held;
        try {
            held = acquireOrRenew(lease);
        } catch (SQLException e) {
            logger.warn("Lease {} could not be renewed: {}", lease, e.toString());
            held = false;
        }
        boolean before = answer != null && answer[0] == 1;
        if (held != before) {
            logger.info("Lease {} {} by this node ({})", lease, held ? "taken" : "not held", node.id());
        }
        answers.put(lease, new long[]{held ? 1 : 0, now + node.leaseSeconds() * 1_000_000_000L / 3});
        return held;
    }

    private boolean acquireOrRenew(String lease) throws SQLException {
        String until = ClusterStore.dbNowPlus(node.leaseSeconds());
        return node.store().update("UPDATE cluster_lease SET node_id = ?, expires_at = " + until
                + " WHERE name = ? AND (node_id = ? OR expires_at < LOCALTIMESTAMP)", node.id(), lease, node.id()) == 1
                || node.store().insertUnlessPresent("INSERT INTO cluster_lease (name, node_id, expires_at) VALUES (?, ?, " + until + ")", lease,
                        node.id());
    }
}
