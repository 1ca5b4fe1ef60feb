package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle for the recovery point controls of us-west-2, from the model: integrity (per-environment minimum
 * retention: staging 30, production 90 days), malware scans, RPO and lingering EXPIRED points.
 */
final class FiguresOfPoints {

    static final int RPO_HOURS = 24;
    static final int SCAN_GRACE_HOURS = 24;
    static final Set<String> SCANNABLE = Set.of("EBS", "EC2", "S3");

    private final DemoAccount account;
    private final List<Demo.Point> points;

    FiguresOfPoints(DemoAccount account) {
        this.account = account;
        this.points = account.history.points.stream().filter(p -> p.vault().region().equals(Demo.PRIMARY)).toList();
    }

    /** The seed's retention of the environment a plan (else the vault) names. */
    static int minimumRetention(Demo.Point point) {
        String owner = point.rule() != null ? point.rule().planName() : point.vault().name();
        return owner.contains("production") ? 90 : owner.contains("staging") ? 30 : 7;
    }

    ControlExpectation integrity() {
        ControlExpectation expected = new ControlExpectation("recovery_point_integrity");
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long unencrypted = 0;
        Map<String, Long> awsOwned = new LinkedHashMap<>();
        Map<String, Long> shortRetention = new LinkedHashMap<>();
        for (Demo.Point point : points) {
            byStatus.merge(point.status(), 1L, Long::sum);
            if (List.of("PARTIAL", "STOPPED", "DELETING").contains(point.status())) {
                expected.finding("recovery_point_status", point.resource().name());
            }
            if (!point.encrypted()) {
                unencrypted++;
                expected.finding("recovery_point_encrypted", point.resource().name());
            } else if (point.vault().keyType().equals("AWS_OWNED_KMS_KEY")) {
                awsOwned.merge(point.vault().name(), 1L, Long::sum);
            }
            if (point.deleteAfterDays() < minimumRetention(point)) {
                shortRetention.merge(point.vault().name(), 1L, Long::sum);
            }
        }
        awsOwned.forEach((vault, count) -> expected.finding("recovery_point_customer_managed_key", vault, count));
        shortRetention.forEach((vault, count) -> expected.finding("recovery_point_min_retention", vault, count));
        lingering().forEach((vault, expired) -> expected.finding("recovery_point_expired", vault, expired.size()));
        return expected.figure("recoveryPoints", (long) points.size())
                .figure("partial", byStatus.getOrDefault("PARTIAL", 0L))
                .figure("expired", byStatus.getOrDefault("EXPIRED", 0L))
                .figure("stopped", byStatus.getOrDefault("STOPPED", 0L))
                .figure("deleting", byStatus.getOrDefault("DELETING", 0L))
                .figure("unencrypted", unencrypted)
                .figure("notCustomerManagedKey", awsOwned.values().stream().mapToLong(Long::longValue).sum())
                .figure("belowMinimumRetention", shortRetention.values().stream().mapToLong(Long::longValue).sum());
    }

    /** EXPIRED points still in their vault (AWS Backup could not delete them), by vault. */
    Map<String, List<Demo.Point>> lingering() {
        Map<String, List<Demo.Point>> byVault = new LinkedHashMap<>();
        for (Demo.Point point : points) {
            if (point.status().equals("EXPIRED")) {
                byVault.computeIfAbsent(point.vault().name(), v -> new java.util.ArrayList<>()).add(point);
            }
        }
        return byVault;
    }

    ControlExpectation malwareScans() {
        ControlExpectation expected = new ControlExpectation("malware_scans");
        Instant history = Demo.EXPORTED_AT.minus(FiguresOfJobs.HISTORY);
        long scanJobs = account.scans.jobs.stream().filter(j -> j.completed().isAfter(history)).count();
        Set<Demo.Point> infected = new LinkedHashSet<>();
        long failed = 0;
        for (Demo.ScanJob job : account.scans.jobs) {
            if ("THREATS_FOUND".equals(job.result())) {
                infected.add(job.point());
            }
            if (!job.state().equals("COMPLETED") && !job.completed().isBefore(DemoExpected.WINDOW_START)) {
                failed++;
                expected.finding("scan_job_failed", job.point().resource().name());
            }
        }
        infected.forEach(point -> expected.finding("scan_threats_found", point.resource().name()));
        List<Demo.Point> ofScanningRules = scannedByRule();
        long neverScanned = ofScanningRules.stream().filter(p -> !account.scans.byPoint.containsKey(p)
                && p.created().isBefore(Demo.EXPORTED_AT.minus(Duration.ofHours(SCAN_GRACE_HOURS)))).count();
        if (neverScanned > 0) {
            expected.finding("recovery_point_not_scanned", account.plans.daily.planName(), neverScanned);
        }
        return expected.figure("scanJobs", scanJobs).figure("pointsWithThreats", infected.size())
                .figure("failedOrSkippedScans", failed).figure("rulesWithScanAction", 1)
                .figure("pointsOfScanningRules", (long) ofScanningRules.size())
                .figure("pointsNeverScanned", neverScanned);
    }

    /** Usable points of the scanning rule, of a type the scanner scans, created in the 14 days. */
    List<Demo.Point> scannedByRule() {
        Instant history = Demo.EXPORTED_AT.minus(FiguresOfJobs.HISTORY);
        return points.stream().filter(p -> p.rule() != null && p.rule().scanned() && p.status().equals("COMPLETED")
                && SCANNABLE.contains(p.resource().type()) && !p.created().isBefore(history)).toList();
    }

    /** Every resource with a recovery point in the region (what ListProtectedResources and the vaults name). */
    Set<Demo.Resource> protectedResources() {
        Set<Demo.Resource> resources = new LinkedHashSet<>();
        points.forEach(p -> resources.add(p.resource()));
        return resources;
    }

    Optional<Demo.Point> newestUsable(Demo.Resource resource) {
        return points.stream().filter(p -> p.resource() == resource && p.status().equals("COMPLETED"))
                .max(Comparator.comparing(Demo.Point::created));
    }

    static double hours(Duration age) {
        return Math.round(age.toSeconds() / 360.0) / 10.0;
    }

    ControlExpectation rpo() {
        ControlExpectation expected = new ControlExpectation("rpo");
        int breached = 0;
        double oldest = 0;
        for (Demo.Resource resource : protectedResources()) {
            Duration age = Duration.between(newestUsable(resource).orElseThrow().created(), Demo.EXPORTED_AT);
            oldest = Math.max(oldest, hours(age));
            if (age.compareTo(Duration.ofHours(RPO_HOURS)) > 0) {
                breached++;
                expected.finding("rpo_target", resource.name());
            }
        }
        int total = protectedResources().size();
        return expected.figure("protectedResources", total).figure("withinTarget", total - breached)
                .figure("breached", breached).figure("withoutRecoveryPoint", 0).figure("oldestAgeHours", oldest);
    }
}
