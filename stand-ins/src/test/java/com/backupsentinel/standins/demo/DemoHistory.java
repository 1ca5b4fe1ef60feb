package com.backupsentinel.standins.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Fourteen days of scheduled backups (Nov 9-22, 2026), their copies, on-demand backups and monthly points. */
final class DemoHistory {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 9);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);

    static final String LATE_RESOURCE = "arrakis-shared-production";
    static final Instant LATE_START = Instant.parse("2026-11-21T10:00:04.517Z");
    static final String EXPIRED_MESSAGE = "Insufficient privileges to delete the recovery point: the backup role is not"
            + " allowed to call ec2:DeleteSnapshot.";

    final List<Demo.BackupJob> backupJobs = new ArrayList<>();
    final List<Demo.CopyJob> copyJobs = new ArrayList<>();
    final List<Demo.Point> points = new ArrayList<>();

    private DemoIds ids;
    private final DemoPlans plans;
    private final Scenarios scenarios = new Scenarios();

    DemoHistory(DemoIds ids, DemoPlans plans, List<Demo.Resource> resources) {
        this.ids = ids;
        this.plans = plans;
        monthlyPoints(resources, LocalDate.of(2026, 11, 1));
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            for (Demo.Resource resource : resources) {
                Demo.Rule rule = ruleFor(resource, day);
                if (rule != null) {
                    scheduled(resource, rule, day);
                }
            }
        }
        onDemand(resources);
        this.ids = new DemoIds(DemoAccount.SEED + 2);
        lateRuleJob(resources);
        lingeringExpired(resources);
    }

    /**
     * A production EFS backup of the daily rule started late (10:00) and still RUNNING at 35 % 20 hours later: far past
     * its rule's 60-minute start and 480-minute completion windows, though short of any 24 h threshold.
     */
    private void lateRuleJob(List<Demo.Resource> resources) {
        Demo.Resource shared = byName(resources, LATE_RESOURCE);
        job(shared, plans.daily.vault(), plans.daily, LATE_START, new Outcome("RUNNING", null, null),
                plans.daily.deleteAfterDays(), null, true);
    }

    /**
     * Three staging snapshots from early October past their 35-day retention that AWS Backup could not delete
     * (EXPIRED): the staging backup role lacks ec2:DeleteSnapshot. They linger, and cost.
     */
    private void lingeringExpired(List<Demo.Resource> resources) {
        int day = 5;
        for (String name : List.of("arrakis-staging-kafka-0", "arrakis-staging-etcd-0", "arrakis-staging-prometheus-0")) {
            Demo.Resource resource = byName(resources, name);
            Instant created = Instant.parse("2026-10-0" + day++ + "T02:04:11.200Z");
            points.add(new Demo.Point(pointArn(resource, Demo.PRIMARY, ids.upperUuid()), resource, plans.staging,
                    plans.stagingDaily, created, created.plusSeconds(60L * resource.minutes()), "EXPIRED",
                    EXPIRED_MESSAGE, true, plans.stagingDaily.deleteAfterDays(), null, null));
        }
    }

    /** Production runs the longest-retention rule due at 01:00 (weekly on Sundays); staging runs daily at 02:00. */
    private Demo.Rule ruleFor(Demo.Resource resource, LocalDate day) {
        String planId = plans.planOf(resource);
        if (planId == null) {
            return null;
        }
        if (planId.equals(plans.stagingDaily.planId())) {
            return plans.stagingDaily;
        }
        if (day.getDayOfMonth() == 1) {
            return plans.monthly;
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? plans.weekly : plans.daily;
    }

    private void scheduled(Demo.Resource resource, Demo.Rule rule, LocalDate day) {
        Outcome outcome = scenarios.of(resource, day);
        if (outcome.state().equals("SKIP")) {
            return;
        }
        int hour = rule == plans.stagingDaily ? 2 : 1;
        Instant created = day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC)
                .plusSeconds(60L * ids.between(0, 9) + ids.between(0, 59)).plusMillis(ids.between(0, 999));
        Demo.BackupJob job = job(resource, rule.vault(), rule, created, outcome, rule.deleteAfterDays(), rule.coldAfterDays(),
                true);
        if (rule.copyTo() != null && "COMPLETED".equals(job.state())) {
            copy(job, day);
        }
    }

    private Demo.BackupJob job(Demo.Resource resource, Demo.Vault vault, Demo.Rule rule, Instant created, Outcome outcome,
                               int deleteDays, Integer coldDays, boolean encrypted) {
        String jobId = ids.upperUuid();
        String pointArn = pointArn(resource, Demo.PRIMARY, jobId);
        Instant completed = switch (outcome.state()) {
            case "RUNNING" -> null;
            case "EXPIRED" -> created.plus(Duration.ofMinutes(60));
            case "FAILED", "ABORTED" -> created.plusSeconds(60L * ids.between(2, 14) + ids.between(0, 59));
            default -> created.plusSeconds(60L * resource.minutes() * ids.between(80, 130) / 100 + ids.between(0, 59));
        };
        Demo.Point point = null;
        if (outcome.makesPoint()) {
            String status = outcome.state().equals("PARTIAL") ? "PARTIAL" : "COMPLETED";
            point = new Demo.Point(pointArn, resource, vault, rule, created, completed, status,
                    status.equals("PARTIAL") ? outcome.message() : null, encrypted, deleteDays, coldDays, null);
            points.add(point);
        }
        Demo.BackupJob job = new Demo.BackupJob(jobId, resource, vault, rule, created, completed, outcome.state(),
                outcome.message(), outcome.category(), point, pointArn);
        backupJobs.add(job);
        return job;
    }

    private void copy(Demo.BackupJob job, LocalDate day) {
        Outcome outcome = Scenarios.copyOf(job.resource(), day);
        Instant created = job.completed().plusSeconds(60L * ids.between(1, 4) + ids.between(0, 59));
        String copyId = ids.upperUuid();
        String destinationArn = pointArn(job.resource(), Demo.REPLICA, copyId);
        Instant completed = switch (outcome.state()) {
            case "RUNNING" -> null;
            case "FAILED" -> created.plusSeconds(60L * ids.between(1, 5));
            default -> created.plusSeconds(60L * (job.resource().minutes() / 2 + ids.between(3, 20)));
        };
        Demo.Point copy = null;
        if (outcome.state().equals("COMPLETED")) {
            Demo.Rule rule = job.rule();
            copy = new Demo.Point(destinationArn, job.resource(), rule.copyTo(), rule, job.point().created(), completed,
                    "COMPLETED", null, true, rule.deleteAfterDays(), rule.coldAfterDays(), rule.vault());
            points.add(copy);
        }
        copyJobs.add(new Demo.CopyJob(copyId, job.point(), copy, destinationArn, job, created, completed, outcome.state(),
                outcome.message(), outcome.category()));
    }

    /** The November 1 monthly points (and their replica copies): older than the 14 days of jobs in the export. */
    private void monthlyPoints(List<Demo.Resource> resources, LocalDate day) {
        for (Demo.Resource resource : resources) {
            if (plans.daily.planId().equals(plans.planOf(resource))) {
                Demo.Rule rule = plans.monthly;
                Instant created = day.atTime(1, ids.between(0, 9), ids.between(0, 59)).toInstant(ZoneOffset.UTC);
                Instant completed = created.plusSeconds(60L * resource.minutes());
                Demo.Point source = new Demo.Point(pointArn(resource, Demo.PRIMARY, ids.upperUuid()), resource, rule.vault(),
                        rule, created, completed, "COMPLETED", null, true, rule.deleteAfterDays(), rule.coldAfterDays(), null);
                points.add(source);
                points.add(new Demo.Point(pointArn(resource, Demo.REPLICA, ids.upperUuid()), resource, rule.copyTo(), rule,
                        created, completed.plusSeconds(60L * resource.minutes()), "COMPLETED", null, true,
                        rule.deleteAfterDays(), rule.coldAfterDays(), rule.vault()));
            }
        }
    }

    /** Operator-started backups: one of an unencrypted volume, one with a 7-day retention. */
    private void onDemand(List<Demo.Resource> resources) {
        Demo.Resource redis = byName(resources, "arrakis-staging-redis-0");
        job(redis, plans.staging, null, Instant.parse("2026-11-16T10:15:22.418Z"), Outcome.SUCCESS, 35, null, false);
        Demo.Resource oms = byName(resources, "arrakis-oms-staging");
        job(oms, plans.staging, null, Instant.parse("2026-11-18T14:30:05.102Z"), Outcome.SUCCESS, 7, null, true);
    }

    static Demo.Resource byName(List<Demo.Resource> resources, String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo resource " + name));
    }

    private String pointArn(Demo.Resource resource, String region, String jobId) {
        return switch (resource.type()) {
            case "RDS" -> "arn:aws:rds:" + region + ":" + Demo.ACCOUNT + ":snapshot:awsbackup:"
                    + (region.equals(Demo.PRIMARY) ? "job-" : "copyjob-") + jobId.toLowerCase(Locale.ROOT);
            case "EBS" -> "arn:aws:ec2:" + region + "::snapshot/snap-0" + ids.hex(16);
            default -> "arn:aws:backup:" + region + ":" + Demo.ACCOUNT + ":recovery-point:" + ids.upperUuid();
        };
    }
}
