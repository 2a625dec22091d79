package org.jiceng.core.bulk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiceng.bulk.CadreRow;
import org.jiceng.bulk.ImportJob;
import org.jiceng.bulk.ImportKind;
import org.jiceng.bulk.ImportResult;
import org.jiceng.bulk.ImportRow;
import org.jiceng.bulk.RegistryImport;
import org.jiceng.bulk.RowError;
import org.jiceng.common.NotFoundException;
import org.jiceng.common.Validator;
import org.jiceng.registry.Member;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports in the background, {@code maxRunningImports} at a time, and keeps the last hundred
 * jobs for polling. An import is admitted before its file is read: beyond the running and waiting
 * places it is refused (429), so uploads can never pile up. A job streams its spooled file through
 * the registry a chunk at a time, reports every unreadable cell and every row the registry refuses,
 * and writes nothing unless the whole file is good and it is not a dry run.
 */
@Component(service = ImportJobs.class, configurationPid = BulkConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BulkConfig.class)
public class ImportJobs {
    private static final int KEPT_JOBS = 100;
    private static final int MAX_REPORTED_ERRORS = 1000;

    private final Logger logger = LoggerFactory.getLogger(ImportJobs.class);
    private final RegistryImport registry;
    private final ThreadPoolExecutor executor;
    /** Imports admitted and not finished: uploading, waiting or running. */
    private final AtomicInteger admitted = new AtomicInteger();
    private final Map<String, Tracked> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile BulkConfig config;

    /** Mutable progress of one job; snapshots are handed out as {@link ImportJob}. */
    private static final class Tracked {
        final String id = UUID.randomUUID().toString();
        final ImportKind kind;
        final String fileName;
        final boolean dryRun;
        final String startedBy;
        final Instant startedAt = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        /** Rows read so far: the file is streamed, so the total is known at its end. */
        volatile int total;
        /** The file being read, which tells how much of it is read; null before and after. */
        volatile TableReader.Rows reading;
        volatile ImportJob.Status status = ImportJob.Status.RUNNING;
        volatile String message = "waiting for a free place";
        volatile ImportResult result;
        volatile List<RowError> errors = List.of();
        volatile int errorCount;
        volatile Instant finishedAt;

        Tracked(ImportKind kind, String fileName, boolean dryRun, String startedBy) {
            this.kind = kind;
            this.fileName = fileName;
            this.dryRun = dryRun;
            this.startedBy = startedBy;
        }

        /**
         * While the file is read, the rows it holds as far as the share of it read so far tells (rows read
         * / share read: a progress bar's end that moves little), never fewer than the rows read; at the end, the rows it held.
         */
        int expectedRows() {
            int read = total;
            TableReader.Rows rows = reading;
            double share = rows == null ? 0 : rows.shareRead();
            return share <= 0 || share >= 1 ? read : Math.max(read, (int) Math.round(read / share));
        }

        ImportJob snapshot() {
            return new ImportJob(id, kind, fileName, dryRun, status, expectedRows(), done.get(), result == null ? 0 : result.inserted(),
                    result == null ? 0 : result.updated(), errors, errorCount, message, startedBy, startedAt, finishedAt);
        }
    }

    @Activate
    public ImportJobs(@Reference RegistryImport registry, BulkConfig config) {
        this.registry = registry;
        this.config = config;
        int threads = config.maxRunningImports();
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "jiceng-import"));
        Spool.clean();
    }

    /** The largest import file accepted now ({@code maxImportFileBytes}). */
    long maxFileBytes() {
        return config.maxImportFileBytes();
    }

    @Modified
    void modified(BulkConfig changed) {
        this.config = changed;
        int threads = changed.maxRunningImports();
        // ThreadPoolExecutor refuses a core size above the maximum: grow the maximum first, shrink it last.
        if (threads > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(threads);
            executor.setCorePoolSize(threads);
        } else {
            executor.setCorePoolSize(threads);
            executor.setMaximumPoolSize(threads);
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** A place for one more import (uploading, waiting or running), or 429 when all are taken. */
    Ticket admit() {
        BulkConfig c = config;
        return Ticket.take(admitted, c.maxRunningImports() + c.maxWaitingImports(), "or queued imports", c.retryAfterSeconds());
    }

    /**
     * Starts the import of a spooled file in the background; the job owns the ticket and the file
     * from here and releases both when it ends.
     */
    public ImportJob start(Ticket ticket, ImportKind kind, String fileName, Path file, boolean dryRun, String startedBy) {
        new Validator().require("kind", kind).throwIfInvalid();
        Tracked job = track(new Tracked(kind, fileName == null ? "upload" : fileName, dryRun, startedBy == null ? "unknown" : startedBy));
        // The job runs as whoever started it, on the IMPORT channel, so the audit trail names them.
        org.jiceng.security.Caller caller = org.jiceng.security.CallerContext.current().on(org.jiceng.security.Channel.IMPORT);
        executor.submit(() -> org.jiceng.security.CallerContext.runAs(caller, () -> runAndRelease(job, file, ticket)));
        return job.snapshot();
    }

    /** Runs an import of a file in the caller's thread (for the shell), returning the finished job. */
    public ImportJob runNow(ImportKind kind, Path file, boolean dryRun, String startedBy) {
        Ticket ticket = admit();
        Tracked job = track(new Tracked(kind, file.getFileName().toString(), dryRun, startedBy));
        try (ticket) {
            run(job, file);
        }
        return job.snapshot();
    }

    /** A job the caller may see: an administrator sees every job, anyone else the jobs they started (else 404, like a missing one). */
    public ImportJob get(String id) {
        Tracked job = jobs.get(id);
        if (job == null || !visibleToCaller(job)) {
            throw new NotFoundException("Import job", id);
        }
        return job.snapshot();
    }

    /** The jobs the caller may see, newest first. */
    public List<ImportJob> recent() {
        List<ImportJob> result = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().stream().filter(this::visibleToCaller).forEach(j -> result.add(j.snapshot()));
        }
        result.sort(Comparator.comparing(ImportJob::startedAt).reversed());
        return result;
    }

    /** Rows and row errors name records of the starter's jurisdictions: their job is theirs. */
    private boolean visibleToCaller(Tracked job) {
        org.jiceng.security.Caller caller = org.jiceng.security.CallerContext.current();
        return caller.unrestricted() || caller.username().equals(job.startedBy);
    }

    private Tracked track(Tracked job) {
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        return job;
    }

    private void runAndRelease(Tracked job, Path file, Ticket ticket) {
        try (ticket) {
            run(job, file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                logger.warn("Could not delete the spooled upload {}", file, e);
            }
        }
    }

    private void run(Tracked job, Path file) {
        job.message = "checking";
        try (TableReader.Rows table = TableReader.open(file)) {
            job.reading = table;
            ParseErrors parseErrors = new ParseErrors();
            ImportResult result = importRows(job, table, parseErrors);
            List<RowError> all = new ArrayList<>(parseErrors.kept);
            all.addAll(result.errors());
            all.sort(Comparator.comparingInt(RowError::row));
            job.total = result.rows() + parseErrors.rows;
            job.reading = null;
            job.done.set(job.total);
            job.errors = all.size() > MAX_REPORTED_ERRORS ? List.copyOf(all.subList(0, MAX_REPORTED_ERRORS)) : all;
            job.errorCount = parseErrors.count + result.errors().size();
            job.result = result;
            if (job.errorCount > 0) {
                job.status = ImportJob.Status.REJECTED;
                job.message = job.errorCount + " problem(s) in " + all.stream().mapToInt(RowError::row).distinct().count()
                        + (job.errorCount > all.size() ? " or more" : "") + " row(s); nothing was imported";
            } else {
                job.status = ImportJob.Status.SUCCEEDED;
                job.message = job.dryRun
                        ? "dry run: all " + job.total + " rows are good; nothing was imported"
                        : result.inserted() + " inserted, " + result.updated() + " updated";
            }
        } catch (IOException | UncheckedIOException e) {
            job.status = ImportJob.Status.FAILED;
            IOException io = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
            job.message = "The file cannot be read: " + io.getMessage();
        } catch (RuntimeException e) {
            logger.error("Import {} of {} failed", job.id, job.fileName, e);
            job.status = ImportJob.Status.FAILED;
            job.message = "The import failed and nothing was imported; the error was logged";
        } finally {
            job.reading = null;
            job.finishedAt = Instant.now();
        }
    }

    /** Unreadable cells: counted all, the first ones kept for the answer. */
    static final class ParseErrors {
        final List<RowError> kept = new ArrayList<>();
        int count;
        /** Rows left out because a cell could not be read. */
        int rows;

        /** Adds what one row's reading reported; true when the row was readable. */
        boolean take(List<RowError> rowErrors) {
            if (rowErrors.isEmpty()) {
                return true;
            }
            count += rowErrors.size();
            rows++;
            for (RowError e : rowErrors) {
                if (kept.size() < MAX_REPORTED_ERRORS) {
                    kept.add(e);
                }
            }
            return false;
        }
    }

    private ImportResult importRows(Tracked job, TableReader.Rows table, ParseErrors parseErrors) {
        boolean apply = !job.dryRun;
        String reader = "jiceng-import-reader-" + job.id;
        switch (job.kind) {
            case MEMBERS :
                try (ReadAhead<ImportRow<Member>> rows = new ReadAhead<>(new MappedRows<>(table, parseErrors, RowMappers::member, () -> job.total++),
                        reader)) {
                    return registry.importMembers(rows, apply, job.done::set);
                }
            case ORGANIZATIONS :
                try (ReadAhead<ImportRow<PartyOrganization>> rows = new ReadAhead<>(
                        new MappedRows<>(table, parseErrors, RowMappers::organization, () -> job.total++), reader)) {
                    return registry.importOrganizations(rows, apply, job.done::set);
                }
            default :
                try (ReadAhead<CadreRow> rows = new ReadAhead<>(new MappedRows<>(table, parseErrors, (row, errors) -> {
                    List<String> card = new ArrayList<>();
                    return new CadreRow(RowMappers.position(row, errors, card), card.isEmpty() ? null : card.get(0));
                }, () -> job.total++), reader)) {
                    return registry.importPositions(rows, apply, job.done::set);
                }
        }
    }
}
