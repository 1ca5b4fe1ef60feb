package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recovery point integrity, RPO and RTO figures. */
final class ExpectedPoints {

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
        md.header(List.of("Vault", "Region", "Recovery points", "COMPLETED", "PARTIAL", "EXPIRED", "Unencrypted",
                "Below its environment's retention"));
        for (Demo.Vault vault : account.plans.vaults()) {
            List<Demo.Point> in = points.stream().filter(p -> p.vault() == vault).toList();
            md.row(List.of(vault.name(), vault.region(), in.size(), in.stream().filter(p -> p.status().equals("COMPLETED")).count(),
                    in.stream().filter(p -> p.status().equals("PARTIAL")).count(),
                    in.stream().filter(p -> p.status().equals("EXPIRED")).count(), in.stream().filter(p -> !p.encrypted()).count(),
                    in.stream().filter(p -> p.deleteAfterDays() < FiguresOfPoints.minimumRetention(p)).count()));
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
            if (point.deleteAfterDays() < FiguresOfPoints.minimumRetention(point)) {
                problems.add("retention " + point.deleteAfterDays() + " days < " + FiguresOfPoints.minimumRetention(point));
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
                + " of them fail that check, as one finding on the vault (one cause, one finding). The minimum retention"
                + " is the seed's retention of the environment the point's plan (else vault) names: development 7, staging"
                + " 30, production 90 days (MIN_RETENTION_DAYS empty, the template's default). The EXPIRED points are"
                + " section 12's.");
        md.line("");
        new FiguresOfPoints(account).integrity().render(md);
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
                + " with no completed backup for more than 3 days: **" + over72 + "**. Coverage does not repeat them:"
                + " a selected resource that went silent is the RPO control's finding only.");
        md.line("");
        new FiguresOfPoints(account).rpo().render(md);
    }

    private void rto() {
        md.heading("5. RTO (target " + RTO_MINUTES + " min): restores attributed to the protected resource");
        md.line("A restore job counts for the protected resource whose recovery point it restored: AWS's SourceResourceArn"
                + " when the listing has it (AWS fills it only for some resource types and recent jobs), else the resource"
                + " of the restored recovery point, found in the vault listing the validator reads anyway. The restored"
                + " copy (CreatedResourceArn) is never a protected resource.");
        md.line("");
        md.header(List.of("Restore job", "Created", "Kind", "Status", "Duration (min)", "SourceResourceArn listed",
                "Restored copy", "Counts for"));
        List<Demo.RestoreJob> jobs = new ArrayList<>(account.restores.jobs);
        jobs.sort(Comparator.comparing(Demo.RestoreJob::created));
        for (Demo.RestoreJob job : jobs) {
            String minutes = job.completed() == null ? "running"
                    : String.valueOf(Duration.between(job.created(), job.completed()).toMinutes());
            String copy = job.createdResource() == null ? "-" : job.createdResource().substring(
                    job.createdResource().lastIndexOf(job.createdResource().contains("/") ? '/' : ':') + 1);
            md.row(List.of(job.id(), job.created(), job.testingPlanArn() == null ? "manual" : "restore test",
                    job.status(), minutes, job.sourceListed() ? "yes" : "no (vault listing)", copy,
                    job.point().resource().name()));
        }
        FiguresOfRestores restores = new FiguresOfRestores(account, new FiguresOfPoints(account).protectedResources());
        Map<Demo.Resource, Demo.RestoreJob> latest = restores.latestCompleted();
        md.line("");
        md.line("Latest completed restore per resource: " + String.join(", ", latest.entrySet().stream()
                .map(e -> e.getKey().name() + " " + Duration.between(e.getValue().created(), e.getValue().completed())
                        .toMinutes() + " min").toList()) + ". Over " + RTO_MINUTES + " min: **" + latest.values().stream()
                .filter(j -> Duration.between(j.created(), j.completed()).toMinutes() > RTO_MINUTES).count() + "**.");
        List<String> never = new FiguresOfPoints(account).protectedResources().stream()
                .filter(r -> account.restores.jobs.stream().noneMatch(j -> j.point().resource() == r))
                .map(Demo.Resource::name).toList();
        md.line("Protected resources never restored (no restore job at all): **" + never.size() + "**: "
                + String.join(", ", never) + ".");
        md.line("");
        restores.rto().render(md);
    }

    private Optional<Demo.Point> newestCompleted(Demo.Resource resource) {
        return account.history.points.stream()
                .filter(p -> p.resource() == resource && p.vault().region().equals(Demo.PRIMARY) && p.status().equals("COMPLETED"))
                .max(Comparator.comparing(Demo.Point::created));
    }
}
