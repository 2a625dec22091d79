package org.jiceng.core.cluster.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jiceng.cluster.ClusterSignals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals through PostgreSQL's {@code NOTIFY} on one channel, the payload being the sending node
 * and the topic; one connection of the pool is held to {@code LISTEN}. On the embedded H2 there is
 * no other node: listeners of this node run, nothing more.
 */
@Component(service = ClusterSignals.class)
public class ClusterSignalsImpl implements ClusterSignals {
    static final String CHANNEL = "jiceng_cluster";
    private static final int WAIT_MILLIS = 1000;

    private final Logger logger = LoggerFactory.getLogger(ClusterSignalsImpl.class);
    private final LocalNode node;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread listener;

    @Activate
    public ClusterSignalsImpl(@Reference LocalNode node) {
        this.node = node;
        if (node.store().postgresql()) {
            listener = new Thread(this::listenLoop, "jiceng-cluster-signals");
            listener.setDaemon(true);
            listener.start();
        } else {
            listener = null;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener.join(5000);
        }
    }

    @Override
    public void signal(String topic) {
        runListeners(topic);
        signalOthers(topic);
    }

    @Override
    public void signalOthers(String topic) {
        if (!node.store().postgresql()) {
            return;
        }
        try (Connection c = node.store().dataSource().getConnection(); PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            p.setString(1, CHANNEL);
            p.setString(2, node.id() + " " + topic);
            p.execute();
        } catch (SQLException e) {
            // The other nodes still see the change, later: their caches expire or they resynchronize on reconnect.
            logger.warn("Signal {} not sent to the other nodes: {}", topic, e.toString());
        }
    }

    @Override
    public AutoCloseable listen(String topic, Runnable onSignal) {
        List<Runnable> ofTopic = listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        ofTopic.add(onSignal);
        return () -> ofTopic.remove(onSignal);
    }

    private void runListeners(String topic) {
        for (Runnable r : listeners.getOrDefault(topic, List.of())) {
            try {
                r.run();
            } catch (RuntimeException e) {
                logger.error("A listener of cluster signal {} failed", topic, e);
            }
        }
    }

    /** Holds a connection listening; when it breaks, takes another and then runs every listener (signals may have been missed). */
    private void listenLoop() {
        boolean missed = false;
        while (running) {
            try (Connection c = node.store().dataSource().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                if (missed) {
                    logger.info("Listening to the other nodes again; reloading what they may have changed meanwhile");
                    listeners.keySet().forEach(this::runListeners);
                }
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            received(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                missed = true;
                logger.warn("Listening to the other nodes failed, trying again: {}", e.toString());
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void received(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(node.id())) {
            return; // our own signal: its listeners ran when it was sent
        }
        String topic = payload.substring(space + 1);
        logger.debug("Cluster signal {} from node {}", topic, payload.substring(0, space));
        runListeners(topic);
    }
}
