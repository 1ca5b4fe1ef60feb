package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Restore jobs: two weekly restore-testing runs, a slow restore (> 240 min), a failed one, and two recent ones. */
final class DemoRestores {

    static final String TESTING_PLAN_NAME = "arrakis_weekly_restore_test";
    /** The weekly plan's LastExecutionTime; the monthly plan never ran and has no selection. */
    static final Instant WEEKLY_LAST_EXECUTION = Instant.parse("2026-11-17T04:00:00Z");
    static final String TESTING_PLAN = "arn:aws:backup:" + Demo.PRIMARY + ":" + Demo.ACCOUNT
            + ":restore-testing-plan:" + TESTING_PLAN_NAME + "-k3v9qd";
    static final String MONTHLY_PLAN_NAME = "arrakis_monthly_restore_test";
    static final String MONTHLY_PLAN = "arn:aws:backup:" + Demo.PRIMARY + ":" + Demo.ACCOUNT
            + ":restore-testing-plan:" + MONTHLY_PLAN_NAME + "-p2x7wm";
    static final List<String> TESTED_TYPES = List.of("RDS", "EBS", "EFS", "DynamoDB");
    static final String UNTESTED_SINCE_NOV_10 = "arrakis-shared-production";
    static final String FAILED_VALIDATION = "arrakis-oms-production";
    static final String VALIDATION_MESSAGE = "Validation script: 3 of 12 tables are empty after the restore";
    private static final List<String> TESTED = List.of("arrakis-oms-production", "arrakis-sessions-production",
            "arrakis-shared-production", "arrakis-production-etcd-0");

    final List<Demo.RestoreJob> jobs = new ArrayList<>();

    private final DemoIds ids;
    private final List<Demo.Point> points;

    DemoRestores(DemoIds ids, List<Demo.Resource> resources, List<Demo.Point> points) {
        this.ids = ids;
        this.points = points;
        for (String day : List.of("2026-11-10", "2026-11-17")) {
            Instant start = Instant.parse(day + "T04:00:00Z");
            for (String name : TESTED) {
                boolean skipped = day.equals("2026-11-17") && name.equals(UNTESTED_SINCE_NOV_10);
                Demo.Resource resource = DemoHistory.byName(resources, name);
                Instant created = start.plusSeconds(ids.between(5, 90));
                int minutes = switch (resource.type()) {
                    case "RDS" -> ids.between(38, 52);
                    case "DynamoDB" -> ids.between(9, 15);
                    case "EFS" -> ids.between(18, 30);
                    default -> ids.between(4, 8);
                };
                Instant completed = created.plus(Duration.ofMinutes(minutes)).plusSeconds(ids.between(0, 59));
                if (skipped) {
                    continue;
                }
                add(resource, created, completed, "COMPLETED", null, TESTING_PLAN);
            }
        }
        manual(resources, "arrakis-analytics-production", "2026-11-19T06:10:41Z", 295, "COMPLETED", null);
        manual(resources, "arrakis-media-production", "2026-11-20T09:30:12Z", 12, "FAILED",
                "Access denied: the restore role cannot use the KMS key of the recovery point.");
        manual(resources, "arrakis-orders-staging", "2026-11-21T22:15:37Z", 18, "COMPLETED", null);
        manual(resources, "arrakis-user-staging", "2026-11-22T05:20:09Z", -1, "RUNNING", null);
    }

    private void manual(List<Demo.Resource> resources, String name, String at, int minutes, String status, String message) {
        Instant created = Instant.parse(at);
        add(DemoHistory.byName(resources, name), created, minutes < 0 ? null : created.plus(Duration.ofMinutes(minutes)),
                status, message, null);
    }

    private void add(Demo.Resource resource, Instant created, Instant completed, String status, String message,
                     String testingPlan) {
        Demo.Point point = points.stream()
                .filter(p -> p.resource() == resource && p.vault().region().equals(Demo.PRIMARY) && p.status().equals("COMPLETED")
                        && p.completed().isBefore(created))
                .max(Comparator.comparing(Demo.Point::created))
                .orElseThrow(() -> new IllegalStateException("No recovery point to restore " + resource.name()));
        String createdResource = status.equals("COMPLETED") ? restoredArn(resource, testingPlan != null) : null;
        String id = ids.upperUuid();
        boolean recent = created.isAfter(Instant.parse("2026-11-15T00:00:00Z"));
        boolean listed = recent && !resource.name().equals("arrakis-analytics-production");
        String validation = testingPlan == null ? null
                : recent && resource.name().equals(FAILED_VALIDATION) ? "FAILED" : "SUCCESSFUL";
        jobs.add(new Demo.RestoreJob(id, point, created, completed, status, message, testingPlan, createdResource, listed,
                validation, "FAILED".equals(validation) ? VALIDATION_MESSAGE : null));
    }

    private String restoredArn(Demo.Resource resource, boolean test) {
        String suffix = test ? "-restore-test-" + ids.hex(6) : "-restored";
        return switch (resource.type()) {
            case "RDS" -> "arn:aws:rds:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":db:" + resource.name() + suffix;
            case "DynamoDB" -> "arn:aws:dynamodb:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":table/" + resource.name() + suffix;
            case "EFS" -> "arn:aws:elasticfilesystem:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":file-system/fs-0" + ids.hex(16);
            default -> "arn:aws:ec2:" + Demo.PRIMARY + ":" + Demo.ACCOUNT + ":volume/vol-0" + ids.hex(16);
        };
    }
}
