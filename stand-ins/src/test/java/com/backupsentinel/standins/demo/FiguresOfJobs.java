package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The oracle for the job controls, from the model: job outcomes over the 24 h window (failed, expired, aborted and
 * partial apart) and stuck jobs (past their rule's start + completion window, else 24 h; else slower than 3 x the
 * median of the resource's completed jobs of that kind over 14 days, with at least 3 of them).
 */
final class FiguresOfJobs {

    static final int STUCK_HOURS = 24;
    static final double MEDIAN_FACTOR = 3.0;
    static final Duration HISTORY = Duration.ofDays(14);

    private final List<DemoJobView> jobs;

    FiguresOfJobs(DemoAccount account) {
        this.jobs = DemoJobView.of(account);
    }

    ControlExpectation jobOutcomes() {
        ControlExpectation expected = new ControlExpectation("job_outcomes");
        for (String kind : List.of("backup", "copy", "restore")) {
            long total = 0;
            long completed = 0;
            long issues = 0;
            long active = 0;
            long[] ended = new long[4];
            List<String> states = List.of("FAILED", "EXPIRED", "ABORTED", "PARTIAL");
            for (DemoJobView job : jobs) {
                if (!job.kind().equals(kind) || !DemoExpected.inWindow(job.created())) {
                    continue;
                }
                total++;
                if (job.active()) {
                    active++;
                } else if (job.completedState()) {
                    completed++;
                    if (job.withIssues()) {
                        issues++;
                        expected.finding(kind + "_job_completed_with_issues", job.resource().name());
                    }
                } else {
                    ended[Math.max(0, states.indexOf(job.state()))]++;
                    expected.finding(kind + "_job_" + job.state().toLowerCase(Locale.ROOT), job.resource().name());
                }
            }
            long finished = total - active;
            expected.figure(kind + "Jobs", total).figure(kind + "Completed", completed)
                    .figure(kind + "CompletedWithIssues", issues).figure(kind + "Failed", ended[0])
                    .figure(kind + "Expired", ended[1]).figure(kind + "Aborted", ended[2])
                    .figure(kind + "Partial", ended[3]).figure(kind + "Active", active);
            if (finished > 0) {
                expected.figure(kind + "SuccessRatePercent", Math.round(completed * 10000.0 / finished) / 100.0);
            }
        }
        return expected;
    }

    ControlExpectation stuckJobs() {
        ControlExpectation expected = new ControlExpectation("stuck_jobs");
        int stuck = 0;
        int slow = 0;
        List<DemoJobView> active = jobs.stream().filter(DemoJobView::active).toList();
        for (DemoJobView job : active) {
            Verdict verdict = verdict(job);
            if (verdict == Verdict.STUCK) {
                stuck++;
                expected.finding("job_stuck", job.resource().name());
            } else if (verdict == Verdict.SLOWER_THAN_USUAL) {
                slow++;
                expected.finding("job_slower_than_usual", job.resource().name());
            }
        }
        return expected.figure("activeJobs", active.size()).figure("stuckJobs", stuck)
                .figure("slowerThanUsualJobs", slow);
    }

    enum Verdict { STUCK, SLOWER_THAN_USUAL, UNDER_WAY }

    /** What a job still under way at export time is. */
    Verdict verdict(DemoJobView job) {
        Duration age = job.runTime(Demo.EXPORTED_AT);
        if (age.compareTo(allowed(job)) > 0) {
            return Verdict.STUCK;
        }
        List<Long> samples = samples(job);
        return samples.size() >= 3 && age.toSeconds() > MEDIAN_FACTOR * median(samples) ? Verdict.SLOWER_THAN_USUAL
                : Verdict.UNDER_WAY;
    }

    /** A scheduled backup job's rule windows, else the configured hours. */
    static Duration allowed(DemoJobView job) {
        return job.rule() != null ? Duration.ofMinutes(job.rule().startWindowMinutes()
                + job.rule().completionWindowMinutes()) : Duration.ofHours(STUCK_HOURS);
    }

    /** Durations in seconds of the resource's completed jobs of the same kind created in the last 14 days. */
    List<Long> samples(DemoJobView job) {
        Instant since = Demo.EXPORTED_AT.minus(HISTORY);
        List<Long> samples = new ArrayList<>();
        for (DemoJobView other : jobs) {
            if (other.kind().equals(job.kind()) && other.resource() == job.resource() && other.completedState()
                    && other.completed() != null && !other.created().isBefore(since)) {
                samples.add(other.runTime(Demo.EXPORTED_AT).toSeconds());
            }
        }
        return samples;
    }

    static double median(List<Long> samples) {
        List<Long> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    List<DemoJobView> jobs() {
        return jobs;
    }
}
