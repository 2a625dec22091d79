package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiceng.bulk.ImportJob;
import org.jiceng.bulk.ImportKind;
import org.jiceng.bulk.ImportResult;
import org.jiceng.bulk.ImportRow;
import org.jiceng.bulk.RegistryImport;
import org.jiceng.bulk.RowError;
import org.jiceng.cadre.Position;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Member;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports one at a time in the background and keeps the last hundred jobs for polling.
 * A job reads the file, reports every unreadable cell and every row the registry refuses, and
 * writes nothing unless the whole file is good and it is not a dry run.
 */
@Component(service = ImportJobs.class)
public class ImportJobs {
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int KEPT_JOBS = 100;

    private final Logger logger = LoggerFactory.getLogger(ImportJobs.class);
    private final RegistryImport registry;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "jiceng-import"));
    private final Map<String, Tracked> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /** Mutable progress of one job; snapshots are handed out as {@link ImportJob}. */
    private static final class Tracked {
        final String id = UUID.randomUUID().toString();
        final ImportKind kind;
        final String fileName;
        final boolean dryRun;
        final String startedBy;
        final Instant startedAt = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        volatile int total;
        volatile ImportJob.Status status = ImportJob.Status.RUNNING;
        volatile String message = "reading the file";
        volatile ImportResult result;
        volatile List<RowError> errors = List.of();
        volatile Instant finishedAt;

        Tracked(ImportKind kind, String fileName, boolean dryRun, String startedBy) {
            this.kind = kind;
            this.fileName = fileName;
            this.dryRun = dryRun;
            this.startedBy = startedBy;
        }

        ImportJob snapshot() {
            return new ImportJob(id, kind, fileName, dryRun, status, total, done.get(), result == null ? 0 : result.inserted(),
                    result == null ? 0 : result.updated(), errors, errors.size(), message, startedBy, startedAt, finishedAt);
        }
    }

    @Activate
    public ImportJobs(@Reference RegistryImport registry) {
        this.registry = registry;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    public ImportJob start(ImportKind kind, String fileName, byte[] content, boolean dryRun, String startedBy) {
        new Validator().require("kind", kind).check(content != null && content.length > 0, "file", "is empty")
                .check(content == null || content.length <= MAX_FILE_BYTES, "file", "is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB")
                .throwIfInvalid();
        Tracked job = new Tracked(kind, fileName == null ? "upload" : fileName, dryRun, startedBy == null ? "unknown" : startedBy);
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        // The job runs as whoever started it, on the IMPORT channel, so the audit trail names them.
        org.jiceng.security.Caller caller = org.jiceng.security.CallerContext.current().on(org.jiceng.security.Channel.IMPORT);
        executor.submit(() -> org.jiceng.security.CallerContext.runAs(caller, () -> run(job, content)));
        return job.snapshot();
    }

    /** Runs an import in the caller's thread (for the shell), returning the finished job. */
    public ImportJob runNow(ImportKind kind, String fileName, byte[] content, boolean dryRun, String startedBy) {
        Tracked job = new Tracked(kind, fileName, dryRun, startedBy);
        jobs.put(job.id, job);
        run(job, content);
        return job.snapshot();
    }

    public ImportJob get(String id) {
        Tracked job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("Import job", id);
        }
        return job.snapshot();
    }

    public List<ImportJob> recent() {
        List<ImportJob> result = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(j -> result.add(j.snapshot()));
        }
        result.sort(Comparator.comparing(ImportJob::startedAt).reversed());
        return result;
    }

    private void run(Tracked job, byte[] content) {
        try {
            List<TableRow> table = TableReader.read(content);
            job.total = table.size();
            job.message = "checking";
            List<RowError> parseErrors = new ArrayList<>();
            ImportResult result = importRows(job, table, parseErrors);
            List<RowError> all = new ArrayList<>(parseErrors);
            all.addAll(result.errors());
            all.sort(Comparator.comparingInt(RowError::row));
            job.errors = all;
            job.result = result;
            if (!all.isEmpty()) {
                job.status = ImportJob.Status.REJECTED;
                job.message = all.size() + " problem(s) in " + all.stream().mapToInt(RowError::row).distinct().count()
                        + " row(s); nothing was imported";
            } else {
                job.status = ImportJob.Status.SUCCEEDED;
                job.message = job.dryRun ? "dry run: all " + table.size() + " rows are good; nothing was imported"
                        : result.inserted() + " inserted, " + result.updated() + " updated";
            }
        } catch (IOException e) {
            job.status = ImportJob.Status.FAILED;
            job.message = "The file cannot be read: " + e.getMessage();
        } catch (RuntimeException e) {
            logger.error("Import {} of {} failed", job.id, job.fileName, e);
            job.status = ImportJob.Status.FAILED;
            job.message = "The import failed and nothing was imported; the error was logged";
        } finally {
            job.finishedAt = Instant.now();
        }
    }

    /** Rows that could not even be read are left out of the registry's check; their errors stand. */
    private ImportResult importRows(Tracked job, List<TableRow> table, List<RowError> parseErrors) {
        boolean apply = !job.dryRun;
        switch (job.kind) {
            case MEMBERS: {
                List<ImportRow<Member>> rows = new ArrayList<>();
                for (TableRow r : table) {
                    int before = parseErrors.size();
                    ImportRow<Member> row = RowMappers.member(r, parseErrors);
                    if (parseErrors.size() == before) {
                        rows.add(row);
                    }
                }
                return registry.importMembers(rows, apply && parseErrors.isEmpty(), job.done::set);
            }
            case ORGANIZATIONS: {
                List<ImportRow<PartyOrganization>> rows = new ArrayList<>();
                for (TableRow r : table) {
                    int before = parseErrors.size();
                    ImportRow<PartyOrganization> row = RowMappers.organization(r, parseErrors);
                    if (parseErrors.size() == before) {
                        rows.add(row);
                    }
                }
                return registry.importOrganizations(rows, apply && parseErrors.isEmpty(), job.done::set);
            }
            default: {
                List<ImportRow<Position>> rows = new ArrayList<>();
                List<String> idCards = new ArrayList<>();
                for (TableRow r : table) {
                    int before = parseErrors.size();
                    List<String> card = new ArrayList<>();
                    ImportRow<Position> row = RowMappers.position(r, parseErrors, card);
                    if (parseErrors.size() == before) {
                        rows.add(row);
                        idCards.add(card.get(0));
                    }
                }
                return registry.importPositions(rows, idCards, apply && parseErrors.isEmpty(), job.done::set);
            }
        }
    }
}
