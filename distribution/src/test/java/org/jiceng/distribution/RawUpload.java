package org.jiceng.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Uploads a file the way careful clients (curl, for large bodies) do: with
 * {@code Expect: 100-continue}, sending the body only after the server asks for it. A refusal at
 * Jetty level (413) comes before a byte of the file travels; the servlet layer asks for the body as
 * soon as it opens the request stream, so a 429 of the application comes after it (the server
 * discards it). (A raw socket: JDK 17's HttpClient waits forever when the answer to Expect is not 100.)
 */
final class RawUpload {
    private RawUpload() {
    }

    record Answer(int status, Map<String, String> headers, String body, long bodyBytesSent) {
        String header(String lowerCaseName) {
            return headers.getOrDefault(lowerCaseName, "");
        }
    }

    static Answer post(JicengServer server, String path, String contentType, byte[] file) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.httpPort)) {
            socket.setSoTimeout(600_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.httpPort + "\r\nAuthorization: "
                    + JicengServer.basic(JicengServer.ADMIN, JicengServer.DEMO_PASSWORD) + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + file.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Map<String, String> headers = new HashMap<>();
            int status = readHead(in, headers);
            long sent = 0;
            if (status == 100) {
                out.write(file);
                out.flush();
                sent = file.length;
                headers.clear();
                status = readHead(in, headers);
            }
            byte[] body;
            if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(in);
            } else {
                body = in.readAllBytes();
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), sent);
        }
    }

    /** Reads a status line and headers (names in lower case); returns the status. */
    private static int readHead(InputStream in, Map<String, String> headers) throws IOException {
        String statusLine = line(in);
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(), l.substring(colon + 1).trim());
        }
        return Integer.parseInt(statusLine.substring(9, 12));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed in the middle of a line");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
            body.writeBytes(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }
}
