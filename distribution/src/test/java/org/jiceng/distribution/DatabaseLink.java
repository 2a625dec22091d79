package org.jiceng.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between a server and its PostgreSQL that a test can cut and mend, as a database restart, a failover or a
 * network fault would: {@link #cut} closes every relayed connection and stops listening (new connections are refused),
 * {@link #mend} listens again on the same port. The database itself, shared with the other tests, is never touched.
 */
final class DatabaseLink implements AutoCloseable {
    private final InetSocketAddress database;
    private final int port;
    private final Set<Socket> relayed = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    /** A relay to the database of {@code jdbcUrl} ({@code jdbc:postgresql://host:port/name?…}). */
    DatabaseLink(String jdbcUrl) throws IOException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.database = new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        this.port = JicengServer.freePort();
        mend();
    }

    /** {@code jdbcUrl} with its host and port replaced by this relay's. */
    String through(String jdbcUrl) {
        return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    synchronized void mend() throws IOException {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "database-link-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void cut() throws IOException {
        listener.close();
        for (Socket s : relayed) {
            s.close();
        }
        relayed.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket();
                try {
                    server.connect(database, 5000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                relayed.add(client);
                relayed.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the link was cut, or one side closed: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                relayed.remove(from);
                relayed.remove(to);
            }
        }, "database-link-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
