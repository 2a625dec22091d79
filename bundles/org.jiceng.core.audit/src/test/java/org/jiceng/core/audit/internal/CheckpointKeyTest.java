package org.jiceng.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.jiceng.audit.AuditCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointKeyTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointSignedOnceVerifiesAfterTheKeyIsReadAgain() throws Exception {
        Path file = dir.resolve("security").resolve("audit-checkpoint.key");
        CheckpointKey key = CheckpointKey.loadOrCreate(file);
        AuditCheckpoint c = new AuditCheckpoint(42, "ab".repeat(32), Instant.parse("2026-12-02T01:15:00.250Z"), key.fingerprint(), null);
        String signature = key.sign(c.signedText());
        CheckpointKey reread = CheckpointKey.loadOrCreate(file);
        assertTrue(reread.verifies(c.signedText(), signature));
        assertEquals(key.fingerprint(), reread.fingerprint());
        assertEquals(key.publicKeyBase64(), reread.publicKeyBase64());
        assertEquals(2, Files.readAllLines(file).size());
    }

    @Test
    void anyChangedFactOrAnotherKeyFailsTheSignature() {
        CheckpointKey key = CheckpointKey.loadOrCreate(dir.resolve("a.key"));
        CheckpointKey other = CheckpointKey.loadOrCreate(dir.resolve("b.key"));
        AuditCheckpoint c = new AuditCheckpoint(42, "ab".repeat(32), Instant.parse("2026-12-02T01:15:00Z"), key.fingerprint(), null);
        String signature = key.sign(c.signedText());
        AuditCheckpoint laterSeq = new AuditCheckpoint(43, c.hash(), c.signedAt(), c.keyFingerprint(), null);
        assertFalse(key.verifies(laterSeq.signedText(), signature));
        assertFalse(other.verifies(c.signedText(), signature));
        assertFalse(key.verifies(c.signedText(), "not base64!"));
    }
}
