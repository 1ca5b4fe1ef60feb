package com.backupsentinel.standins.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Job outcomes (backup, copy, restore) and stuck or long-running jobs. */
final class ExpectedJobs {

    private final DemoAccount account;
    private final Markdown md;

    ExpectedJobs(DemoAccount account, Markdown md) {
        this.account = account;
        this.md = md;
    }

    void render() {
        List<Demo.BackupJob> jobs = account.history.backupJobs;
        md.heading("1. Job outcomes");
        md.subheading("Backup jobs by state");
        md.header(List.of("State", "24 h", "14 days"));
        Map<String, Long> day = DemoExpected.count(jobs, j -> DemoExpected.inWindow(j.created()), DemoExpected::state);
        Map<String, Long> all = DemoExpected.count(jobs, j -> true, DemoExpected::state);
        for (String state : DemoExpected.BACKUP_STATES) {
            md.row(List.of(state, day.getOrDefault(state, 0L), all.getOrDefault(state, 0L)));
        }
        md.row(List.of("**Total**", sum(day), sum(all)));
        md.row(List.of("Success rate", rate(day, false), rate(all, false)));
        md.row(List.of("Clean success rate", rate(day, true), rate(all, true)));
        breakdown("Backup jobs by resource type", jobs, j -> j.resource().type());
        breakdown("Backup jobs by vault", jobs, j -> j.vault().name());
        md.line("");
        md.line("All backup jobs belong to account " + Demo.ACCOUNT + " (so `accounts: [\"*\"]` gives the same figures) and"
                + " region " + Demo.PRIMARY + "; " + Demo.REPLICA + " holds only the replica vault and copies.");
        md.line("On-demand backup jobs (no CreatedBy): " + jobs.stream().filter(j -> j.rule() == null).count()
                + ", both COMPLETED, in arrakis-backup-vault-staging.");
        copies();
        restores();
        md.line("");
        md.line("The job outcomes control counts the jobs created in the 24 h window, failed, expired, aborted and partial"
                + " apart:");
        md.line("");
        new FiguresOfJobs(account).jobOutcomes().render(md);
        stuck();
    }

    private void breakdown(String title, List<Demo.BackupJob> jobs, Function<Demo.BackupJob, String> key) {
        md.subheading(title);
        md.line("Columns: 24 h total / 14 days total, then 14-day counts per state.");
        md.line("");
        List<String> header = new ArrayList<>(List.of("Key", "24 h", "14 days"));
        header.addAll(DemoExpected.BACKUP_STATES);
        md.header(header);
        Map<String, Long> day = DemoExpected.count(jobs, j -> DemoExpected.inWindow(j.created()), key);
        Map<String, Long> all = DemoExpected.count(jobs, j -> true, key);
        for (String value : all.keySet()) {
            List<Object> row = new ArrayList<>(List.of(value, day.getOrDefault(value, 0L), all.get(value)));
            Map<String, Long> states = DemoExpected.count(jobs, j -> key.apply(j).equals(value), DemoExpected::state);
            DemoExpected.BACKUP_STATES.forEach(state -> row.add(states.getOrDefault(state, 0L)));
            md.row(row);
        }
    }

    private void copies() {
        List<Demo.CopyJob> copies = account.history.copyJobs;
        md.subheading("Copy jobs (" + Demo.PRIMARY + " to " + Demo.REPLICA + ") by state");
        md.header(List.of("State", "24 h", "14 days"));
        Map<String, Long> day = DemoExpected.count(copies, c -> DemoExpected.inWindow(c.created()), Demo.CopyJob::state);
        Map<String, Long> all = DemoExpected.count(copies, c -> true, Demo.CopyJob::state);
        for (String state : all.keySet()) {
            md.row(List.of(state, day.getOrDefault(state, 0L), all.get(state)));
        }
        md.row(List.of("**Total**", sum(day), sum(all)));
        md.line("");
        md.line("Failed copy jobs:");
        md.line("");
        copies.stream().filter(c -> c.state().equals("FAILED")).forEach(c -> md.line("- " + c.id() + " "
                + c.source().resource().name() + " created " + c.created() + ": " + c.statusMessage()));
    }

    private void restores() {
        List<Demo.RestoreJob> restores = account.restores.jobs;
        md.subheading("Restore jobs by status");
        md.header(List.of("Status", "24 h", "14 days", "of which restore testing (14 days)"));
        Map<String, Long> day = DemoExpected.count(restores, r -> DemoExpected.inWindow(r.created()), Demo.RestoreJob::status);
        Map<String, Long> all = DemoExpected.count(restores, r -> true, Demo.RestoreJob::status);
        Map<String, Long> tests = DemoExpected.count(restores, r -> r.testingPlanArn() != null, Demo.RestoreJob::status);
        for (String status : all.keySet()) {
            md.row(List.of(status, day.getOrDefault(status, 0L), all.get(status), tests.getOrDefault(status, 0L)));
        }
        md.row(List.of("**Total**", sum(day), sum(all), sum(tests)));
    }

    private void stuck() {
        FiguresOfJobs oracle = new FiguresOfJobs(account);
        md.heading("2. Stuck and long-running jobs (at exportedAt)");
        md.line("Jobs still CREATED, PENDING or RUNNING. **Allowed**: a scheduled backup job may stay under way its rule's"
                + " StartWindowMinutes + CompletionWindowMinutes (60 + 480 min in production, 60 + 1440 in staging),"
                + " any other job " + FiguresOfJobs.STUCK_HOURS + " h (STUCK_JOB_HOURS): past that it is **stuck** (ERROR)."
                + " Otherwise it is **slower than usual** (WARNING) when it has run more than 3 x the median of the"
                + " resource's COMPLETED jobs of that kind over 14 days (at least 3 of them).");
        md.line("");
        md.header(List.of("Job type", "Job id", "Resource", "Created", "Age (h)", "Allowed (h)", "Median (min)",
                "Verdict"));
        List<DemoJobView> active = new ArrayList<>(oracle.jobs().stream().filter(DemoJobView::active).toList());
        active.sort(java.util.Comparator.comparing(DemoJobView::kind).thenComparing(DemoJobView::created));
        for (DemoJobView job : active) {
            List<Long> samples = oracle.samples(job);
            String median = samples.size() < 3 ? "(" + samples.size() + " runs)"
                    : String.format(Locale.ROOT, "%.1f", FiguresOfJobs.median(samples) / 60.0);
            String verdict = switch (oracle.verdict(job)) {
                case STUCK -> "**stuck**";
                case SLOWER_THAN_USUAL -> "slower than usual";
                default -> "under way";
            };
            md.row(List.of(job.kind(), job.id(), job.resource().name(), job.created(),
                    DemoExpected.hours(job.runTime(Demo.EXPORTED_AT)),
                    DemoExpected.hours(FiguresOfJobs.allowed(job)), median, verdict));
        }
        md.line("");
        md.line(DemoHistory.LATE_RESOURCE + " (production EFS) started late and has run 20 h at 35 %: far past its daily"
                + " rule's 9 h, though short of any 24 h threshold, so it is stuck, not merely slow.");
        md.line("");
        oracle.stuckJobs().render(md);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String rate(Map<String, Long> counts, boolean cleanOnly) {
        long ended = DemoExpected.ENDED.stream().mapToLong(state -> counts.getOrDefault(state, 0L)).sum();
        long good = counts.getOrDefault("COMPLETED", 0L) + (cleanOnly ? 0 : counts.getOrDefault("COMPLETED_WITH_ISSUES", 0L));
        return DemoExpected.percent(good, ended);
    }
}
