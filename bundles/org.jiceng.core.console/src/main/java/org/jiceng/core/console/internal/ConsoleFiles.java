package org.jiceng.core.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The console's static files, read once from the bundle and kept with their type and a strong ETag.
 * Only files that exist are kept, so what is kept is bounded by the bundle's console folder: a name
 * the folder lacks is looked up again at each request (a bundle entry lookup), never remembered, or
 * anyone requesting made-up names would fill the heap. Pure path decisions, apart from the servlet,
 * so they can be tested without a server.
 */
final class ConsoleFiles {
    static final String INDEX = "index.html";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "json", "application/json; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    /** A file as it is sent. */
    record File(byte[] bytes, String contentType, String etag) {
    }

    private final Function<String, URL> resources;
    private final Map<String, File> kept = new ConcurrentHashMap<>();

    /** @param resources finds a file under the bundle's {@code console/} folder by its relative name */
    ConsoleFiles(Function<String, URL> resources) {
        this.resources = resources;
    }

    /**
     * The file a path inside the console names ({@code ""} or {@code "/"} is the index), or empty when
     * there is none or the path tries to leave the console's folder or names a folder.
     */
    Optional<File> find(String pathInfo) {
        String name = nameOf(pathInfo);
        if (name == null) {
            return Optional.empty();
        }
        File file = kept.get(name);
        if (file == null) {
            URL url = resources.apply(name);
            if (url == null) {
                return Optional.empty();
            }
            file = kept.computeIfAbsent(name, n -> read(url));
        }
        return Optional.of(file);
    }

    /** How many files are kept (for tests). */
    int keptCount() {
        return kept.size();
    }

    /** The relative file name of a path, or null when it is not one the console serves. */
    static String nameOf(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        if (path.isEmpty() || path.equals("/")) {
            return INDEX;
        }
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.endsWith("/") || name.contains("\\") || name.contains("//")) {
            return null;
        }
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
                return null;
            }
        }
        return typeOf(name) == null ? null : name;
    }

    static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    }

    /** A file as it is sent, typed by the name its URL ends with. */
    static File read(URL url) {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            return new File(bytes, typeOf(url.getPath()), etagOf(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
