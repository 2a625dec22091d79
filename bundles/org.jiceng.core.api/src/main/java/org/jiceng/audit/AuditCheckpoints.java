package org.jiceng.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signed checkpoints of the audit chain's head: made on a schedule and on demand, written as files
 * (one JSON per checkpoint) and readable by an upper-level system, which keeps them; and checked
 * against the trail, so that a rewritten table is caught even when its own hashes agree.
 */
@ProviderType
public interface AuditCheckpoints {
    /** Signs the chain's head now, writes the checkpoint's file, and returns it. */
    AuditCheckpoint create();

    /** The newest checkpoints first, at most {@code limit}. */
    List<AuditCheckpoint> latest(int limit);

    /** The public key checkpoints are signed with: Ed25519, X.509 encoded, Base64. */
    String publicKey();

    /**
     * Whether the trail still is what the checkpoint says: the signature is this installation's,
     * the whole chain verifies, and entry {@code seq} still has the checkpoint's hash.
     *
     * @throws org.jiceng.common.ValidationException when the checkpoint is incomplete
     */
    AuditVerification verify(AuditCheckpoint checkpoint);
}
