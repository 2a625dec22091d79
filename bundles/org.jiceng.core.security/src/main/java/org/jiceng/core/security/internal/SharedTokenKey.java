package org.jiceng.core.security.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import org.jiceng.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token key lives in the database ({@code token_signing_key}), so every node signs and checks
 * with the same one. The first node to start creates it; an installation that kept its key in the
 * data folder before moves that key in, so the tokens it issued stay valid. Two nodes creating it at
 * once: the primary key lets one in, the other reads the winner's.
 */
final class SharedTokenKey {
    private static final Logger LOGGER = LoggerFactory.getLogger(SharedTokenKey.class);

    private SharedTokenKey() {
    }

    static byte[] loadOrCreate(Transactions tx, Path formerKeyFile) {
        String kept = read(tx);
        if (kept == null) {
            boolean moved = Files.exists(formerKeyFile);
            byte[] key = moved ? TokenSigner.loadOrCreateKey(formerKeyFile) : random();
            try {
                tx.run(em -> em.createNativeQuery("INSERT INTO token_signing_key (id, key_base64, created_at) VALUES (1, ?1, ?2)")
                        .setParameter(1, Base64.getEncoder().encodeToString(key)).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                        .executeUpdate());
                LOGGER.info(moved ? "Token key moved from {} into the database" : "Token key created in the database", formerKeyFile);
            } catch (RuntimeException e) {
                LOGGER.info("Token key created by another node meanwhile: {}", e.toString());
            }
            kept = read(tx);
            if (kept == null) {
                throw new IllegalStateException("No token key in token_signing_key after creating one");
            }
        }
        return Base64.getDecoder().decode(kept);
    }

    private static String read(Transactions tx) {
        List<?> rows = tx.read(em -> em.createNativeQuery("SELECT key_base64 FROM token_signing_key WHERE id = 1").getResultList());
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
