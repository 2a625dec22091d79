package org.jiceng.core.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jiceng.audit.AuditCheckpoint;
import org.jiceng.audit.AuditCheckpoints;
import org.jiceng.audit.AuditVerification;
import org.jiceng.common.ValidationException;
import org.jiceng.persistence.Snapshots;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the audit chain's head with the installation's Ed25519 key and writes each checkpoint as a
 * small text file (the signed lines, then the key's fingerprint and the signature), daily on
 * Karaf's scheduler ({@code scheduler.expression}) and on demand. The files are meant to leave the
 * machine: a province copies the directory, or reads the checkpoints over REST and keeps them.
 */
@Component(service = {AuditCheckpoints.class, Runnable.class}, configurationPid = AuditCheckpointsImpl.PID, property = {
        "scheduler.name=jiceng-audit-checkpoint", "scheduler.expression=0 15 1 * * ?", "scheduler.concurrent:Boolean=false"})
@Designate(ocd = AuditCheckpointsImpl.Config.class)
public class AuditCheckpointsImpl implements AuditCheckpoints, Runnable {
    public static final String PID = "org.jiceng.audit.checkpoints";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    @ObjectClassDefinition(name = "Jiceng audit checkpoints", description = "Signed checkpoints of the audit chain's head, written as files")
    public @interface Config {
        @AttributeDefinition(description = "Directory of the checkpoint files; empty: data/audit-checkpoints")
        String directory() default "";

        @AttributeDefinition(name = "scheduler.expression", description = "When the scheduled checkpoint is made (Quartz cron; default 01:15 daily). "
                + "It is skipped while the chain has not grown since the last checkpoint.")
        String scheduler_expression() default "0 15 1 * * ?";
    }

    private final Logger logger = LoggerFactory.getLogger(AuditCheckpointsImpl.class);
    private final AuditTrail trail;
    private final CheckpointKey key;
    private final Path directory;

    @Activate
    public AuditCheckpointsImpl(@Reference AuditTrail trail, BundleContext context, Config config) {
        this.trail = trail;
        String data = context.getProperty("karaf.data");
        Path dataDir = Path.of(data != null ? data : "data");
        this.key = CheckpointKey.loadOrCreate(dataDir.resolve("security").resolve("audit-checkpoint.key"));
        this.directory = config.directory().isBlank() ? dataDir.resolve("audit-checkpoints") : Path.of(config.directory().trim());
    }

    /** The scheduled checkpoint: only when the chain grew since the newest one. */
    @Override
    public void run() {
        List<AuditCheckpoint> newest = latest(1);
        AuditChain.Head head = head();
        if (!newest.isEmpty() && newest.get(0).seq() == head.lastSeq()) {
            logger.debug("Audit checkpoint skipped: the chain is still at entry {}", head.lastSeq());
            return;
        }
        AuditCheckpoint made = signAndWrite(head);
        logger.info("Audit checkpoint: entry {} signed into {}", made.seq(), directory);
    }

    @Override
    public AuditCheckpoint create() {
        return signAndWrite(head());
    }

    private synchronized AuditCheckpoint signAndWrite(AuditChain.Head head) {
        // Milliseconds only: the instant's text is signed and must read back the same from any store.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditCheckpoint unsigned = new AuditCheckpoint(head.lastSeq(), head.lastHash(), now, key.fingerprint(), null);
        AuditCheckpoint signed = new AuditCheckpoint(unsigned.seq(), unsigned.hash(), now, unsigned.keyFingerprint(),
                key.sign(unsigned.signedText()));
        write(signed);
        return signed;
    }

    @Override
    public List<AuditCheckpoint> latest(int limit) {
        if (limit < 1) {
            throw new ValidationException("size", "must be at least 1");
        }
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<AuditCheckpoint> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("checkpoint-\\d+-\\d{8}T\\d{9}Z\\.txt")).toList()) {
                AuditCheckpoint read = read(file);
                if (read != null) {
                    all.add(read);
                }
            }
            return all.stream().sorted(Comparator.comparing(AuditCheckpoint::signedAt).reversed()).limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the audit checkpoints in " + directory, e);
        }
    }

    @Override
    public String publicKey() {
        return key.publicKeyBase64();
    }

    @Override
    public AuditVerification verify(AuditCheckpoint checkpoint) {
        validate(checkpoint);
        if (!key.verifies(checkpoint.signedText(), checkpoint.signature())) {
            return new AuditVerification(0, false, head().lastSeq(), checkpoint.seq(),
                    "the checkpoint's signature is not this installation's (key " + key.fingerprint() + "): it was altered or made elsewhere");
        }
        try (Connection c = trail.dataSource().getConnection()) {
            c.setAutoCommit(false);
            // entries and head from one snapshot (H2's REPEATABLE READ would take the entries' later than the head's)
            c.setTransactionIsolation(Snapshots.isolation(c));
            try {
                return AuditChain.verifyAgainst(c, checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt().toString());
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail: " + e.getMessage(), e);
        }
    }

    private static void validate(AuditCheckpoint c) {
        if (c == null) {
            throw new ValidationException("body", "a checkpoint is required");
        }
        if (c.seq() < 0) {
            throw new ValidationException("seq", "must be 0 or more");
        }
        if (c.hash() == null || !HASH.matcher(c.hash()).matches()) {
            throw new ValidationException("hash", "must be 64 lower-case hex digits");
        }
        if (c.signedAt() == null) {
            throw new ValidationException("signedAt", "is required");
        }
        if (c.signature() == null || c.signature().isBlank()) {
            throw new ValidationException("signature", "is required");
        }
    }

    /** The head with the writes committed so far chained, as a checkpoint signs it. */
    private AuditChain.Head head() {
        trail.catchUp();
        try (Connection c = trail.dataSource().getConnection()) {
            return AuditChain.readHead(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain's head: " + e.getMessage(), e);
        }
    }

    /** Written whole or not at all: to a temporary file first, then moved into place. */
    private void write(AuditCheckpoint c) {
        String text = c.signedText() + "keyFingerprint=" + c.keyFingerprint() + "\nsignature=" + c.signature() + "\n";
        Path file = directory.resolve("checkpoint-" + c.seq() + "-" + FILE_TIME.format(c.signedAt()) + ".txt");
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".checkpoint", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint " + file, e);
        }
    }

    /** A checkpoint file as written by {@link #write}; null (and a warning) for one that does not read as such. */
    private AuditCheckpoint read(Path file) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!fields.keySet().containsAll(List.of("seq", "hash", "signedAt", "keyFingerprint", "signature"))) {
            logger.warn("Skipping {}: not an audit checkpoint (fields missing)", file);
            return null;
        }
        try {
            return new AuditCheckpoint(Long.parseLong(fields.get("seq")), fields.get("hash"), Instant.parse(fields.get("signedAt")),
                    fields.get("keyFingerprint"), fields.get("signature"));
        } catch (NumberFormatException | DateTimeParseException e) {
            logger.warn("Skipping {}: not an audit checkpoint ({})", file, e.getMessage());
            return null;
        }
    }
}
