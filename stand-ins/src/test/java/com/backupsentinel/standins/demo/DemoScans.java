package com.backupsentinel.standins.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GuardDuty malware scans of the production daily rule's EBS and S3 recovery points (its scan action): every point
 * scanned within 10-40 minutes of its completion, except three deliberate facts: malware in one point, a failed and a
 * canceled scan in the 24 h window, and three points of one volume never scanned. Identifiers come from their own
 * seed so the rest of the account keeps its ids.
 */
final class DemoScans {

    static final String INFECTED = "arrakis-production-kafka-1";
    static final String FAILED = "arrakis-assets-production";
    static final String CANCELED = "arrakis-production-redis-0";
    static final String UNSCANNED = "arrakis-production-prometheus-0";
    static final Set<Integer> UNSCANNED_DAYS = Set.of(18, 19, 20);
    static final Set<String> SCANNABLE = Set.of("EBS", "S3");

    final List<Demo.ScanJob> jobs = new ArrayList<>();
    final Map<Demo.Point, Demo.ScanJob> byPoint = new LinkedHashMap<>();

    DemoScans(List<Demo.Point> points) {
        DemoIds ids = new DemoIds(DemoAccount.SEED + 1);
        for (Demo.Point point : points) {
            if (point.rule() == null || !point.rule().scanned() || point.sourceVault() != null
                    || !point.vault().region().equals(Demo.PRIMARY) || !point.status().equals("COMPLETED")
                    || !SCANNABLE.contains(point.resource().type())) {
                continue;
            }
            int day = point.created().atZone(java.time.ZoneOffset.UTC).getDayOfMonth();
            String name = point.resource().name();
            String id = ids.upperUuid();
            Instant created = point.completed().plusSeconds(60L * ids.between(1, 5));
            Instant completed = created.plusSeconds(60L * ids.between(10, 40));
            if (name.equals(UNSCANNED) && UNSCANNED_DAYS.contains(day)) {
                continue;
            }
            Demo.ScanJob job;
            if (name.equals(INFECTED) && day == 20) {
                job = new Demo.ScanJob(id, point, created, completed, "COMPLETED", "THREATS_FOUND", null);
            } else if (name.equals(FAILED) && day == 21) {
                job = new Demo.ScanJob(id, point, created, Instant.parse("2026-11-21T08:15:42Z"), "FAILED", null,
                        "GuardDuty Malware Protection could not read 3 objects: access denied by the bucket policy");
            } else if (name.equals(CANCELED) && day == 21) {
                job = new Demo.ScanJob(id, point, created, Instant.parse("2026-11-21T07:02:10Z"), "CANCELED", null,
                        "Scan canceled: the scanner role's session expired");
            } else {
                job = new Demo.ScanJob(id, point, created, completed, "COMPLETED", "NO_THREATS_FOUND", null);
            }
            jobs.add(job);
            byPoint.put(point, job);
        }
    }
}
