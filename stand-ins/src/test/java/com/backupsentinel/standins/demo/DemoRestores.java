package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Restore jobs: two weekly restore-testing runs, a slow restore (> 240 min), a failed one, and two recent ones. */
final class DemoRestores {

    static final String TESTING_PLAN = "arn:aws:backup:" + Demo.PRIMARY + ":" + Demo.ACCOUNT
            + ":restore-testing-plan:arrakis_weekly_restore_test-k3v9qd";
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
                Demo.Resource resource = DemoHistory.byName(resources, name);
                Instant created = start.plusSeconds(ids.between(5, 90));
                int minutes = switch (resource.type()) {
                    case "RDS" -> ids.between(38, 52);
                    case "DynamoDB" -> ids.between(9, 15);
                    case "EFS" -> ids.between(18, 30);
                    default -> ids.between(4, 8);
                };
                add(resource, created, created.plus(Duration.ofMinutes(minutes)).plusSeconds(ids.between(0, 59)), "COMPLETED",
                        null, TESTING_PLAN);
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
        jobs.add(new Demo.RestoreJob(ids.upperUuid(), point, created, completed, status, message, testingPlan, createdResource));
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
