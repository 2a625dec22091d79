package org.jiceng.core.cluster.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jiceng.cluster.ClusterJobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A firing is claimed by inserting its row in {@code cluster_job_firing}: the primary key lets one
 * node in, whichever comes first. The others watch the row until it is finished, and take it over
 * (one conditional update, so one of them) when its node stops beating.
 */
@Component(service = ClusterJobs.class)
public class ClusterJobsImpl implements ClusterJobs {
    private static final long WATCH_MILLIS = 1000;

    private final Logger logger = LoggerFactory.getLogger(ClusterJobsImpl.class);
    private final LocalNode node;

    @Activate
    public ClusterJobsImpl(@Reference LocalNode node) {
        this.node = node;
    }

    @Override
    public boolean runOnce(String job, String firing, Runnable action) {
        try {
            String takenOverFrom = null;
            boolean claimed = claim(job, firing);
            while (!claimed) {
                Firing other = read(job, firing);
                if (other == null) {
                    claimed = claim(job, firing); // removed by hand meanwhile
                } else if (other.finished()) {
                    logger.info("Job {} firing {}: ran on node {} ({})", job, firing, other.nodeId(), other.outcome());
                    return false;
                } else if (!node.alive(other.nodeId())) {
                    claimed = takeOver(job, firing, other.nodeId());
                    takenOverFrom = claimed ? other.nodeId() : null;
                } else {
                    Thread.sleep(WATCH_MILLIS);
                }
            }
            run(job, firing, action, takenOverFrom);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Job " + job + " firing " + firing + ": the cluster's claim failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(String job, String firing, Runnable action, String takenOverFrom) throws SQLException {
        if (takenOverFrom != null) {
            logger.warn("Job {} firing {}: taken over from node {}, which stopped beating", job, firing, takenOverFrom);
        }
        long t0 = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            finish(job, firing, "FAILED");
            throw e;
        }
        finish(job, firing, "DONE");
        logger.info("Job {} firing {}: ran on this node ({}) in {} ms", job, firing, node.id(), (System.nanoTime() - t0) / 1_000_000);
    }

    private boolean claim(String job, String firing) throws SQLException {
        return node.store().insertUnlessPresent("INSERT INTO cluster_job_firing (job, firing, node_id, started_at) VALUES (?, ?, ?, LOCALTIMESTAMP)",
                job, firing, node.id());
    }

    private boolean takeOver(String job, String firing, String deadNode) throws SQLException {
        return node.store().update("UPDATE cluster_job_firing SET node_id = ?, started_at = LOCALTIMESTAMP, taken_over_from = ? "
                + "WHERE job = ? AND firing = ? AND node_id = ? AND finished_at IS NULL", node.id(), deadNode, job, firing, deadNode) == 1;
    }

    private void finish(String job, String firing, String outcome) throws SQLException {
        node.store().update("UPDATE cluster_job_firing SET finished_at = LOCALTIMESTAMP, outcome = ? WHERE job = ? AND firing = ? AND node_id = ?",
                outcome, job, firing, node.id());
    }

    record Firing(String nodeId, boolean finished, String outcome) {
    }

    private Firing read(String job, String firing) throws SQLException {
        try (Connection c = node.store().dataSource().getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT node_id, finished_at, outcome FROM cluster_job_firing WHERE job = ? AND firing = ?")) {
            p.setString(1, job);
            p.setString(2, firing);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Firing(r.getString(1), r.getTimestamp(2) != null, r.getString(3)) : null;
            }
        }
    }
}
