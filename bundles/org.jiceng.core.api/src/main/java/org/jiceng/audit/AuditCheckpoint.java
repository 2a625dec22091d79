package org.jiceng.audit;

import java.time.Instant;

/**
 * A signed statement of the audit chain's head: "entry {@code seq} has hash {@code hash}", signed
 * at {@code signedAt} with this installation's checkpoint key (Ed25519). Kept outside the database
 * (files, an upper-level system), it anchors the chain: a trail rewritten afterwards with fresh
 * hashes still verifies on its own, but no longer matches the checkpoint.
 *
 * @param seq            the chain's last sequence number when signed (0 for an empty chain)
 * @param hash           that entry's hash (64 hex digits; 64 zeros for an empty chain)
 * @param signedAt       when it was signed (UTC)
 * @param keyFingerprint the first 16 hex digits of SHA-256 over the signing public key (X.509 encoded)
 * @param signature      Ed25519 signature, Base64, over {@link #signedText()}
 */
public record AuditCheckpoint(long seq, String hash, Instant signedAt, String keyFingerprint, String signature) {

    /** The exact text that is signed: a version line and the three facts, one per line. */
    public String signedText() {
        return "jiceng-audit-checkpoint/1\nseq=" + seq + "\nhash=" + hash + "\nsignedAt=" + signedAt + "\n";
    }
}
