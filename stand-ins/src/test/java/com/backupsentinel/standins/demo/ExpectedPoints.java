package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recovery point integrity, RPO and RTO figures. */
final class ExpectedPoints {

    static final int MIN_RETENTION_DAYS = 35;
    static final int RPO_HOURS = 24;
    static final int RTO_MINUTES = 240;

    private final DemoAccount account;
    private final Markdown md;

    ExpectedPoints(DemoAccount account, Markdown md) {
        this.account = account;
        this.md = md;
    }

    void render() {
        integrity();
        rpo();
        rto();
    }

    private void integrity() {
        List<Demo.Point> points = account.history.points;
        md.heading("3. Recovery point integrity");
        md.header(List.of("Vault", "Region", "Recovery points", "COMPLETED", "PARTIAL", "Unencrypted",
                "Retention < " + MIN_RETENTION_DAYS + " days"));
        for (Demo.Vault vault : account.plans.vaults()) {
            List<Demo.Point> in = points.stream().filter(p -> p.vault() == vault).toList();
            md.row(List.of(vault.name(), vault.region(), in.size(), in.stream().filter(p -> p.status().equals("COMPLETED")).count(),
                    in.stream().filter(p -> p.status().equals("PARTIAL")).count(), in.stream().filter(p -> !p.encrypted()).count(),
                    in.stream().filter(p -> p.deleteAfterDays() < MIN_RETENTION_DAYS).count()));
        }
        md.line("");
        md.line("Flagged recovery points:");
        md.line("");
        for (Demo.Point point : points) {
            List<String> problems = new ArrayList<>();
            if (!point.status().equals("COMPLETED")) {
                problems.add("status " + point.status());
            }
            if (!point.encrypted()) {
                problems.add("not encrypted");
            }
            if (point.deleteAfterDays() < MIN_RETENTION_DAYS) {
                problems.add("retention " + point.deleteAfterDays() + " days < " + MIN_RETENTION_DAYS);
            }
            if (!problems.isEmpty()) {
                md.line("- " + point.arn() + " (" + point.resource().name() + ", " + point.vault().name() + ", created "
                        + point.created() + "): " + String.join("; ", problems));
            }
        }
        md.line("");
        md.line("Every encrypted point in arrakis-backup-vault-staging uses that vault's key, whose EncryptionKeyType is "
                + "AWS_OWNED_KMS_KEY (not customer-managed): with REQUIRE_CUSTOMER_MANAGED_KEY=true all "
                + points.stream().filter(p -> p.vault() == account.plans.staging && p.encrypted()).count()
                + " of them fail that check.");
    }

    private void rpo() {
        md.heading("4. RPO (target " + RPO_HOURS + " h): newest COMPLETED recovery point per selected resource in "
                + Demo.PRIMARY);
        md.header(List.of("Resource", "Type", "Newest completed point created", "Age (h)", "Over 24 h", "Over 72 h"));
        int over24 = 0;
        int over72 = 0;
        for (Demo.Resource resource : account.selected()) {
            Optional<Demo.Point> newest = newestCompleted(resource);
            Duration age = Duration.between(newest.orElseThrow().created(), Demo.EXPORTED_AT);
            boolean late = age.compareTo(Duration.ofHours(RPO_HOURS)) > 0;
            boolean veryLate = age.compareTo(Duration.ofHours(72)) > 0;
            over24 += late ? 1 : 0;
            over72 += veryLate ? 1 : 0;
            if (late) {
                md.row(List.of(resource.name(), resource.type(), newest.get().created(), DemoExpected.hours(age), "yes",
                        veryLate ? "yes" : "no"));
            }
        }
        md.line("");
        md.line("Selected resources: **" + account.selected().size() + "**; past the 24 h RPO: **" + over24
                + "** (listed above; every other selected resource has a completed point younger than 24 h);"
                + " with no completed backup for more than 3 days: **" + over72 + "**.");
    }

    private void rto() {
        md.heading("5. RTO (target " + RTO_MINUTES + " min): latest restore job per resource");
        md.header(List.of("Resource", "Latest restore", "Kind", "Status", "Duration (min)", "Over target"));
        Map<Demo.Resource, Demo.RestoreJob> latest = new LinkedHashMap<>();
        account.restores.jobs.stream().sorted(Comparator.comparing(Demo.RestoreJob::created))
                .forEach(job -> latest.put(job.point().resource(), job));
        int over = 0;
        for (Map.Entry<Demo.Resource, Demo.RestoreJob> entry : latest.entrySet()) {
            Demo.RestoreJob job = entry.getValue();
            String minutes = job.completed() == null ? "running" : String.valueOf(Duration.between(job.created(), job.completed())
                    .toMinutes());
            boolean late = job.completed() != null && job.status().equals("COMPLETED")
                    && Duration.between(job.created(), job.completed()).toMinutes() > RTO_MINUTES;
            over += late ? 1 : 0;
            md.row(List.of(entry.getKey().name(), job.created(), job.testingPlanArn() == null ? "manual" : "restore test",
                    job.status(), minutes, late ? "yes" : "no"));
        }
        List<String> never = account.selected().stream().filter(r -> !latest.containsKey(r)).map(Demo.Resource::name).toList();
        md.line("");
        md.line("Resources whose latest completed restore exceeds " + RTO_MINUTES + " min: **" + over + "**.");
        md.line("Resources with at least one restore job: **" + latest.size() + "**; with a completed restore-testing job: **"
                + account.restores.jobs.stream().filter(j -> j.testingPlanArn() != null && j.status().equals("COMPLETED"))
                        .map(j -> j.point().resource()).distinct().count() + "**.");
        md.line("Selected resources never restored (no restore job at all): **" + never.size() + "**: "
                + String.join(", ", never) + ".");
    }

    private Optional<Demo.Point> newestCompleted(Demo.Resource resource) {
        return account.history.points.stream()
                .filter(p -> p.resource() == resource && p.vault().region().equals(Demo.PRIMARY) && p.status().equals("COMPLETED"))
                .max(Comparator.comparing(Demo.Point::created));
    }
}
