package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks Audit Manager lacks: malware scans, restore testing and lingering EXPIRED recovery points. */
final class ExpectedChecks {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private final DemoAccount account;
    private final Markdown md;
    private final FiguresOfPoints points;

    ExpectedChecks(DemoAccount account, Markdown md) {
        this.account = account;
        this.md = md;
        this.points = new FiguresOfPoints(account);
    }

    void render() {
        scans();
        restoreTesting();
        lingering();
    }

    private void scans() {
        md.heading("10. Malware scans (GuardDuty Malware Protection for AWS Backup)");
        List<Demo.Point> scanning = points.scannedByRule();
        Map<String, Long> states = DemoExpected.count(account.scans.jobs, j -> true,
                j -> j.state() + (j.result() == null ? "" : " " + j.result()));
        md.line("The production daily rule scans its EBS and S3 recovery points (ScanActions GUARDDUTY, INCREMENTAL_SCAN):"
                + " **" + scanning.size() + "** such points in the 14 days, **" + account.scans.jobs.size()
                + "** scan jobs (ListScanJobs, listed by completion date over the 14 days): " + states + ".");
        md.line("");
        md.header(List.of("Fact", "Scan job", "Recovery point", "Resource", "Completed", "Severity"));
        for (Demo.ScanJob job : account.scans.jobs) {
            if ("THREATS_FOUND".equals(job.result())) {
                md.row(List.of("threats found (the point's AggregatedScanResult lists MALWARE)", job.id(),
                        job.point().arn(), job.point().resource().name(), job.completed(), "ERROR: do not restore it"));
            } else if (!job.state().equals("COMPLETED") && DemoExpected.inWindow(job.completed())) {
                md.row(List.of(job.state().toLowerCase(Locale.ROOT) + " in the 24 h window: " + job.statusMessage(),
                        job.id(), job.point().arn(), job.point().resource().name(), job.completed(), "WARNING"));
            }
        }
        for (Demo.Point point : scanning) {
            if (!account.scans.byPoint.containsKey(point)) {
                md.row(List.of("never scanned (older than 24 h)", "-", point.arn(), point.resource().name(),
                        "-", "WARNING, one finding on the plan for all " + DemoScans.UNSCANNED_DAYS.size()));
            }
        }
        md.line("");
        md.line("ListScanJobSummaries is not called: its hourly counts per state and result name no recovery point, and"
                + " ListScanJobs, which the findings need anyway, gives the same counts.");
        md.line("");
        points.malwareScans().render(md);
    }

    private void restoreTesting() {
        md.heading("11. Restore testing (RESTORE_TEST_MAX_AGE_DAYS " + FiguresOfRestores.RESTORE_TEST_MAX_AGE_DAYS + ")");
        md.header(List.of("Restore testing plan", "Schedule", "Last execution", "Selections (resource types)"));
        md.row(List.of(DemoRestores.TESTING_PLAN_NAME, "`cron(0 4 ? * TUE *)`", DemoRestores.WEEKLY_LAST_EXECUTION,
                String.join(", ", DemoRestores.TESTED_TYPES)));
        md.row(List.of(DemoRestores.MONTHLY_PLAN_NAME, "`cron(0 5 1 * ? *)`", "never", "none"));
        md.line("");
        md.line("The monthly plan tests nothing and never ran: two WARNINGs on it. Each tested resource's latest restore"
                + " test (restore jobs CreatedBy.RestoreTestingPlanArn; ValidationStatus as PutRestoreValidationResult set"
                + " it):");
        md.line("");
        md.header(List.of("Resource", "Latest test", "Created", "Status", "Duration (min)", "ValidationStatus",
                "Age (days)", "Verdict"));
        FiguresOfRestores restores = new FiguresOfRestores(account, points.protectedResources());
        for (Map.Entry<Demo.Resource, Demo.RestoreJob> entry : restores.latestTests().entrySet()) {
            Demo.RestoreJob test = entry.getValue();
            long days = Duration.between(test.created(), Demo.EXPORTED_AT).toDays();
            String verdict = "FAILED".equals(test.validation()) ? "ERROR: validation failed: " + test.validationMessage()
                    : days > FiguresOfRestores.RESTORE_TEST_MAX_AGE_DAYS ? "WARNING: older than "
                    + FiguresOfRestores.RESTORE_TEST_MAX_AGE_DAYS + " days (not tested Nov 17)" : "ok";
            md.row(List.of(entry.getKey().name(), test.id(), test.created(), test.status(),
                    Duration.between(test.created(), test.completed()).toMinutes(), test.validation(), days, verdict));
        }
        md.line("");
        md.line("Restore-test durations count for RTO (section 5) like any restore.");
        md.line("");
        restores.restoreTesting().render(md);
    }

    private void lingering() {
        md.heading("12. Lingering EXPIRED recovery points");
        md.line("Points past their retention that AWS Backup could not delete stay EXPIRED, and cost: a sign of broken IAM"
                + " (here the staging backup role lacks ec2:DeleteSnapshot) or of a snapshot lock. One WARNING per vault"
                + " with their count and size.");
        md.line("");
        md.header(List.of("Recovery point", "Resource", "Vault", "Created", "DeleteAt", "Days past DeleteAt", "Size (GiB)"));
        long bytes = 0;
        for (List<Demo.Point> expired : points.lingering().values()) {
            for (Demo.Point point : expired) {
                java.time.Instant deleteAt = point.created().plus(Duration.ofDays(point.deleteAfterDays()));
                bytes += point.resource().sizeBytes();
                md.row(List.of(point.arn(), point.resource().name(), point.vault().name(), point.created(), deleteAt,
                        Duration.between(deleteAt, Demo.EXPORTED_AT).toDays(),
                        String.format(Locale.ROOT, "%.1f", point.resource().sizeBytes() / GIB)));
            }
        }
        md.line("");
        md.line("Together **" + String.format(Locale.ROOT, "%.1f", bytes / GIB) + " GiB**; they are counted as"
                + " `expired` in the recovery point integrity figures (section 3) and are not usable for RPO.");
    }
}
