package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jiceng.common.ValidationException;

/**
 * Uploaded files go to disk under the server's data folder, not into the heap: a waiting import
 * costs no memory, and a file is read row by row when its turn comes.
 */
final class Spool {
    private Spool() {
    }

    /** {@code karaf.data}/tmp/imports, or the JVM's temp folder outside Karaf (tests). */
    static Path folder() throws IOException {
        String data = System.getProperty("karaf.data");
        Path folder = data == null ? Path.of(System.getProperty("java.io.tmpdir"), "jiceng-imports") : Path.of(data, "tmp", "imports");
        return Files.createDirectories(folder);
    }

    /** Copies the body to a new file of at most {@code limit} bytes; the caller deletes it. */
    static Path write(InputStream body, long limit) throws IOException {
        if (body == null) {
            throw new ValidationException("file", "the file is the request body and is missing");
        }
        Path file = Files.createTempFile(folder(), "upload-", ".bin");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) != -1;) {
                total += n;
                if (total > limit) {
                    throw new ValidationException("file", "is larger than " + limit / 1024 / 1024 + " MB");
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new ValidationException("file", "is empty");
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Files left by a server that stopped mid-import belong to no job any more. */
    static void clean() {
        try (var files = Files.list(folder())) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // nothing to clean
        }
    }
}
