package com.backupsentinel.validator;

import static com.backupsentinel.validator.BackupValidatorHandlerTest.control;
import static com.backupsentinel.validator.BackupValidatorHandlerTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.PublishedMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full report on the demo account, at its export time, must state exactly the figures and findings of
 * demo-account/EXPECTED.md (24 h window, us-west-2, template.yaml's defaults with the demo's env-vars.json, as local
 * invoke runs it), in every format, and write and announce the reports. The S3 backup sources are demo-account/s3/
 * (objects.json loaded into the S3 stand-in, BACKUP_SOURCES from env-vars.json, as local invoke gets them).
 */
class DemoAccountFiguresTest {

    private static DemoAccount demo;
    private static Map<String, Object> response;

    @BeforeAll
    static void run() {
        demo = new DemoAccount();
        response = demo.handler().handleRequest(event("full-report.json"), new TestContext(900_000));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(String control) {
        return (Map<String, Object>) control(response, control).get("figures");
    }

    private static void assertCounts(String control, String status, int nonCompliant, int evaluated, long findings) {
        assertThat(control(response, control)).contains(entry("status", status),
                entry("nonCompliantResources", nonCompliant), entry("evaluatedResources", evaluated),
                entry("findings", findings));
    }

    @Test
    void statesExactlyTheFiguresOfExpectedMdForEveryControl() {
        ExpectedFigures expected = ExpectedFigures.read();

        assertThat(expected.figures.keySet()).as("controls EXPECTED.md gives figures for").containsExactlyInAnyOrder(
                "job_outcomes", "stuck_jobs", "recovery_point_integrity", "malware_scans", "rpo", "rto",
                "restore_testing", "coverage", "plan_policy", "vault_protection", "copies");
        expected.figures.forEach((control, figures) -> {
            Map<String, String> stated = new LinkedHashMap<>();
            figures(control).forEach((name, value) -> stated.put(name, ExpectedFigures.decimal(value)));
            assertThat(stated).as("figures of %s", control).containsExactlyEntriesOf(figures);
        });
    }

    @Test
    void findsExactlyTheFindingsOfExpectedMdForEveryControl() {
        ExpectedFigures expected = ExpectedFigures.read();

        assertThat(expected.findings.keySet()).isEqualTo(expected.figures.keySet());
        expected.findings.forEach((control, findings) -> {
            List<String> found = new ArrayList<>();
            reportControl(control).path("findings").forEach(f -> found.add(f.path("rule").asText() + " on "
                    + f.path("resourceName").asText() + (f.path("count").asLong() > 1 ? " (" + f.path("count").asLong()
                    + ")" : "")));
            assertThat(found).as("findings of %s", control).containsExactlyInAnyOrderElementsOf(findings);
        });
    }

    @Test
    void everyFormatStatesTheSameFigures() {
        String prefix = "reports/validation/2026/11/22/validation-060000Z-3f9d2c1e";
        PublishedMessage digest = demo.aws.sns().published().get(0);
        JsonNode message = tree(digest.message());
        new RenderedFormats(object(prefix + ".json"), object(prefix + "-control-compliance.csv"),
                object(prefix + "-resource-compliance.csv"), object(prefix + ".html"), digest.subject(),
                message.path("email").asText(), message.path("default").asText(), response).assertSameFigures();
    }

    @Test
    void resourcesNonCompliantAndEvaluatedPerControl() {
        assertCounts("job_outcomes", "NON_COMPLIANT", 7, 40, 7);
        assertCounts("stuck_jobs", "NON_COMPLIANT", 5, 6, 5);
        assertCounts("recovery_point_integrity", "NON_COMPLIANT", 16, 42, 5);
        assertCounts("malware_scans", "NON_COMPLIANT", 4, 16, 4);
        assertCounts("rpo", "NON_COMPLIANT", 8, 42, 8);
        assertCounts("rto", "NON_COMPLIANT", 37, 42, 37);
        assertCounts("restore_testing", "NON_COMPLIANT", 3, 6, 4);
        assertCounts("coverage", "NON_COMPLIANT", 3, 45, 3);
        assertCounts("plan_policy", "COMPLIANT", 0, 2, 0);
        assertCounts("vault_protection", "NON_COMPLIANT", 3, 3, 5);
        assertCounts("copies", "NON_COMPLIANT", 2, 25, 2);
    }

    @Test
    void aStuckJobIsJudgedByItsRulesWindowsAndARestoreCountsForTheProtectedResource() {
        JsonNode stuck = reportControl("stuck_jobs").path("findings");
        assertThat(stuck.findValuesAsText("threshold")).contains("at most 9.0 h (start window 60 min + completion"
                + " window 480 min of rule daily-backups of plan arrakis-backup-plan-production)");
        JsonNode rto = reportControl("rto");
        assertThat(rto.path("resources").findValuesAsText("resourceName")).doesNotContain(
                "arrakis-analytics-production-restored").contains("arrakis-analytics-production");
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static String object(String key) {
        return demo.s3.getObjectAsBytes(r -> r.bucket(DemoAccount.BUCKET).key(key)).asUtf8String();
    }

    /** The control's result in the complete JSON report (the response's report omits the verdicts). */
    private static JsonNode reportControl(String control) {
        String key = "reports/validation/2026/11/22/validation-060000Z-3f9d2c1e.json";
        JsonNode report = tree(object(key));
        for (JsonNode item : report.path("results").get(0).path("controls")) {
            if (item.path("control").asText().equals(control)) {
                return item;
            }
        }
        throw new AssertionError("no " + control + " in the JSON report");
    }

    @Test
    void summaryAndDigest() {
        assertThat(response).containsEntry("status", "NON_COMPLIANT").containsEntry("complete", true)
                .containsEntry("headline", "11 of 12 controls non-compliant, 96 findings (38 ERROR) on 52 resources")
                .containsEntry("accountAlias", "arrakis-platform");
        List<PublishedMessage> digests = demo.aws.sns().published();
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).isEqualTo("[arrakis-platform us-west-2] Backup validation: 11/12"
                    + " non-compliant, 96 findings (38 ERROR)");
            assertThat(digest.messageStructure()).isEqualTo("json");
            assertThat(digest.messageAttributes()).containsEntry("status", "NON_COMPLIANT");
        });
    }

    @Test
    void emitsMetricsPerControl() {
        assertThat(demo.metrics.total("NonCompliantResources", Map.of("Control", "rto"))).isEqualTo(37);
        assertThat(demo.metrics.total("BackupJobSuccessRate", Map.of("Control", "job_outcomes"))).isEqualTo(87.18);
        assertThat(demo.metrics.total("StuckJobs", Map.of("Control", "stuck_jobs"))).isEqualTo(3);
        assertThat(demo.metrics.total("Findings", Map.of("Control", "s3_backup_sources"))).isEqualTo(16);
        assertThat(demo.metrics.total("ControlErrors")).isZero();
    }

    @Test
    void writesTheFourReportFiles() {
        String prefix = "reports/validation/2026/11/22/validation-060000Z-3f9d2c1e";
        List<String> keys = demo.s3.listObjectsV2(r -> r.bucket(DemoAccount.BUCKET)).contents().stream()
                .map(o -> o.key()).filter(k -> k.startsWith(prefix)).toList();
        assertThat(keys).containsExactlyInAnyOrder(prefix + ".json", prefix + ".html",
                prefix + "-control-compliance.csv", prefix + "-resource-compliance.csv");
        assertThat(report().path("complete").asBoolean()).isTrue();
    }

    @Test
    void s3BackupSourcesOfBothSeedLayouts() {
        assertThat(figures("s3_backup_sources")).containsExactly(entry("sources", 4L), entry("unreadableSources", 1L),
                entry("sourcesWithoutBackup", 0L), entry("objectsListed", 76L), entry("backupsFound", 45L),
                entry("keysNotMatchingPattern", 1L), entry("objectsNotEncryptedAsExpected", 3L),
                entry("settingsNotVerifiable", 8L), entry("s3Requests", 65L), entry("oldestNewestBackupAgeHours", 51.0));
        assertCounts("s3_backup_sources", "NON_COMPLIANT", 4, 4, 16);
        JsonNode s3 = report().path("results").get(0).path("controls").get(11);
        List<String> findings = new ArrayList<>();
        s3.path("findings").forEach(f -> findings.add(String.join(" | ", f.path("resourceName").asText(),
                f.path("rule").asText(), f.path("severity").asText(), f.path("observed").asText())));
        String stoa = "stoa-backups-dev-eu-west-3";
        String awx = "awx | s3_bucket_not_verifiable | WARNING | awx: s3_bucket_";
        String vault = "vault | s3_bucket_not_verifiable | WARNING | vault: s3_bucket_";
        String app = "prophecy-app | s3_source_encryption | ERROR | prophecy-app: app/2026-11-21t16-00-00/";
        String notVerifiable = "prophecy-app | s3_bucket_not_verifiable | WARNING | prophecy-app: s3_bucket_";
        assertThat(findings).containsExactly(
                awx + "public_access_block of " + stoa + " not verifiable: GetPublicAccessBlock failed: NotImplemented",
                awx + "tls_only of " + stoa + " not verifiable: GetBucketPolicy failed: NoSuchPolicy",
                awx + "lifecycle of " + stoa + " not verifiable: GetBucketLifecycleConfiguration failed: NotImplemented",
                "vault | s3_source_freshness | ERROR | vault: newest backup vault/2026-11-20/vault-snapshot-20261120T030000Z"
                        + ".snap is 51.0 h old (2026-11-20T03:00:00Z)",
                "vault | s3_source_zero_byte | ERROR | vault: vault/2026-11-20/vault-snapshot-20261120T030000Z.snap is 0"
                        + " bytes",
                vault + "public_access_block of " + stoa + " not verifiable: GetPublicAccessBlock failed: NotImplemented",
                vault + "tls_only of " + stoa + " not verifiable: GetBucketPolicy failed: NoSuchPolicy",
                vault + "lifecycle of " + stoa + " not verifiable: GetBucketLifecycleConfiguration failed: NotImplemented",
                "prophecy-app | s3_source_size_anomaly | WARNING | prophecy-app: newest backup app/2026-11-21t16-00-00/"
                        + "controlplane/etcd-snapshot.db is 17408 bytes, median of the previous 14 is 42432 bytes",
                app + "controlplane/etcd-snapshot.db is encrypted with AES256",
                app + "controlplane/metadata-db.sql.gz is encrypted with AES256",
                app + "metadata.json is encrypted with AES256",
                "prophecy-app | s3_bucket_versioning | ERROR | prophecy-app: versioning is not enabled on"
                        + " prophecy-backups-dev",
                notVerifiable + "public_access_block of prophecy-backups-dev not verifiable: GetPublicAccessBlock failed:"
                        + " NotImplemented",
                notVerifiable + "tls_only of prophecy-backups-dev not verifiable: GetBucketPolicy failed: NoSuchPolicy",
                "gitlab | s3_source_readable | ERROR | gitlab: cannot be read: ListObjectsV2 s3://stoa-gitlab-backups-dev/"
                        + "gitlab/2026-11-23 failed: NoSuchBucket");
    }

    private static JsonNode report() {
        return Json.mapper().valueToTree(response.get("report"));
    }
}
