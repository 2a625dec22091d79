package org.jiceng.cluster;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Scheduled work done once per cluster. Every node's scheduler fires; the nodes agree in the
 * database which one runs a firing. A firing names one occurrence of the job (the day, for a daily
 * job), so a firing that ran is not run again by a node whose clock or scheduler is late.
 */
public interface ClusterJobs {
    /**
     * Runs {@code action} on this node unless another node ran this firing of the job or is running
     * it. A node that finds the firing running elsewhere waits while that node is alive and takes
     * the firing over when it stops beating, so a firing moves to another node when its node dies
     * half-way (the action must then be safe to repeat, as a crash anywhere requires). An action
     * that throws ends the firing as failed; it is not retried by the other nodes.
     *
     * @param job    the job's name, the same on every node (e.g. the scheduler name)
     * @param firing this occurrence, the same on every node (e.g. {@code 2026-12-04})
     * @return whether the action ran on this node
     */
    boolean runOnce(String job, String firing, Runnable action);

    /**
     * {@link #runOnce} for a job of Karaf's scheduler (a cron expression firing at whole minutes, at
     * most once a minute): the firing is the minute it fired, the same on every node whose clock is
     * right to within that minute.
     */
    default boolean runScheduled(String job, Runnable action) {
        return runOnce(job, LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString(), action);
    }
}
