package org.jiceng.core.cluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node: its name, kept over restarts, and its heartbeat in {@code cluster_node}, by which the
 * other nodes tell that it is alive. A node stopped cleanly removes its row, so its work moves at
 * once; a killed node is dead once it has not beaten for {@code deadAfterSeconds}.
 */
@Component(service = LocalNode.class, configurationPid = ClusterConfig.PID)
@Designate(ocd = ClusterConfig.class)
public class LocalNode {
    private final Logger logger = LoggerFactory.getLogger(LocalNode.class);

    private final ClusterStore store;
    private final String id;
    private final int deadAfterSeconds;
    private final int leaseSeconds;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jiceng-cluster-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public LocalNode(@Reference ClusterStore store, ClusterConfig config, BundleContext context) {
        this(store, config.nodeId().isBlank() ? keptName(context) : config.nodeId().trim(), config);
        beat.scheduleWithFixedDelay(this::beat, config.heartbeatSeconds(), Math.max(1, config.heartbeatSeconds()), TimeUnit.SECONDS);
        logger.info("This node is {} ({})", id, store.postgresql() ? "nodes may share the database" : "embedded database: one node");
    }

    LocalNode(ClusterStore store, String id, ClusterConfig config) {
        this.store = store;
        this.id = id;
        this.deadAfterSeconds = config.deadAfterSeconds();
        this.leaseSeconds = config.leaseSeconds();
        register();
    }

    @Deactivate
    void deactivate() {
        beat.shutdownNow();
        try {
            store.update("DELETE FROM cluster_node WHERE node_id = ?", id);
        } catch (SQLException e) {
            logger.warn("Could not sign this node off: {}", e.toString());
        }
    }

    String id() {
        return id;
    }

    int leaseSeconds() {
        return leaseSeconds;
    }

    ClusterStore store() {
        return store;
    }

    /** Whether the node has beaten within {@code deadAfterSeconds} (by the database's clock). */
    boolean alive(String nodeId) throws SQLException {
        if (id.equals(nodeId)) {
            return true;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT 1 FROM cluster_node WHERE node_id = ? AND beat_at >= " + ClusterStore.dbNowPlus(-deadAfterSeconds))) {
            p.setString(1, nodeId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private void register() {
        try {
            store.update("DELETE FROM cluster_node WHERE node_id = ?", id);
            store.update("INSERT INTO cluster_node (node_id, started_at, beat_at) VALUES (?, LOCALTIMESTAMP, LOCALTIMESTAMP)", id);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register this node in cluster_node: " + e.getMessage(), e);
        }
    }

    /** One heartbeat; a row removed meanwhile (by an operator, or a clean stop of a node with the same name) is put back. */
    void beat() {
        try {
            if (store.update("UPDATE cluster_node SET beat_at = LOCALTIMESTAMP WHERE node_id = ?", id) == 0) {
                register();
            }
        } catch (SQLException | RuntimeException e) {
            logger.warn("Heartbeat failed, will try again: {}", e.toString());
        }
    }

    /** The name kept in {@code data/cluster/node-id}: chosen once, so a restarted node is the same node. */
    private static String keptName(BundleContext context) {
        String data = context.getProperty("karaf.data");
        Path file = Path.of(data != null ? data : "data", "cluster", "node-id");
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            byte[] suffix = new byte[3];
            new SecureRandom().nextBytes(suffix);
            String name = hostName() + "-" + HexFormat.of().formatHex(suffix);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name + "\n", StandardCharsets.UTF_8);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep this node's name in " + file, e);
        }
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 80 ? host.substring(0, 80) : host;
        } catch (IOException e) {
            return "node";
        }
    }
}
