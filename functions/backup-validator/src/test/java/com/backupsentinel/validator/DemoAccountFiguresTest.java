package com.backupsentinel.validator;

import static com.backupsentinel.validator.BackupValidatorHandlerTest.control;
import static com.backupsentinel.validator.BackupValidatorHandlerTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.PublishedMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full report on the demo account, at its export time, must state exactly the figures of
 * demo-account/EXPECTED.md (24 h window, us-west-2, template.yaml's default parameters), and write and announce
 * the reports. The S3 backup sources are demo-account/s3/ (objects.json loaded into the S3 stand-in, BACKUP_SOURCES
 * from env-vars.json, as local invoke gets them).
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
    void jobOutcomesOverTheLast24Hours() {
        assertThat(figures("job_outcomes")).containsExactly(
                entry("backupJobs", 41L), entry("backupCompleted", 34L), entry("backupCompletedWithIssues", 1L),
                entry("backupFailed", 3L), entry("backupExpired", 1L), entry("backupAborted", 1L),
                entry("backupPartial", 0L), entry("backupActive", 2L), entry("backupSuccessRatePercent", 87.18),
                entry("copyJobs", 23L), entry("copyCompleted", 21L), entry("copyCompletedWithIssues", 0L),
                entry("copyFailed", 1L), entry("copyExpired", 0L), entry("copyAborted", 0L), entry("copyPartial", 0L),
                entry("copyActive", 1L), entry("copySuccessRatePercent", 95.45),
                entry("restoreJobs", 2L), entry("restoreCompleted", 1L), entry("restoreCompletedWithIssues", 0L),
                entry("restoreFailed", 0L), entry("restoreExpired", 0L), entry("restoreAborted", 0L),
                entry("restorePartial", 0L), entry("restoreActive", 1L), entry("restoreSuccessRatePercent", 100.0));
        assertCounts("job_outcomes", "NON_COMPLIANT", 7, 40, 7);
    }

    @Test
    void jobOutcomesPerStateResourceTypeAndVault() {
        JsonNode backup = report().path("results").get(0).path("controls").get(0).path("details").path("kinds").get(0);
        assertThat(backup.path("byState").toString())
                .isEqualTo("{\"ABORTED\":1,\"COMPLETED\":34,\"EXPIRED\":1,\"FAILED\":3,\"RUNNING\":2}");
        assertThat(backup.path("byResourceType").findValuesAsText("key"))
                .containsExactly("DynamoDB", "EBS", "EFS", "RDS", "S3");
        assertThat(backup.path("byResourceType").findValues("total")).extracting(JsonNode::asInt)
                .containsExactly(6, 21, 3, 8, 3);
        assertThat(backup.path("byVault").findValues("total")).extracting(JsonNode::asInt).containsExactly(27, 14);
    }

    @Test
    void stuckJobs() {
        assertThat(figures("stuck_jobs")).containsExactly(entry("activeJobs", 6), entry("stuckJobs", 3),
                entry("slowerThanUsualJobs", 2));
        assertCounts("stuck_jobs", "NON_COMPLIANT", 5, 6, 5);
    }

    @Test
    void recoveryPointIntegrity() {
        assertThat(figures("recovery_point_integrity")).containsExactly(entry("recoveryPoints", 599L),
                entry("partial", 1L), entry("expired", 3L), entry("stopped", 0L), entry("deleting", 0L),
                entry("unencrypted", 1L), entry("notCustomerManagedKey", 205L), entry("belowMinimumRetention", 1L));
        assertCounts("recovery_point_integrity", "NON_COMPLIANT", 16, 42, 5);
    }

    @Test
    void malwareScansAndRestoreTesting() {
        assertThat(figures("malware_scans")).containsExactly(entry("scanJobs", 186L), entry("pointsWithThreats", 1),
                entry("failedOrSkippedScans", 2L), entry("rulesWithScanAction", 1), entry("pointsOfScanningRules", 189L),
                entry("pointsNeverScanned", 3));
        assertCounts("malware_scans", "NON_COMPLIANT", 4, 16, 4);
        assertThat(figures("restore_testing")).containsExactly(entry("restoreTestingPlans", 2),
                entry("plansNotRunning", 1), entry("testedResources", 4), entry("validationSucceeded", 3L),
                entry("validationFailed", 1L), entry("validationPending", 0L), entry("testsTooOld", 1L),
                entry("oldestLatestTestAgeDays", 12L));
        assertCounts("restore_testing", "NON_COMPLIANT", 3, 6, 4);
    }

    @Test
    void recoveryPointObjective() {
        assertThat(figures("rpo")).containsExactly(entry("protectedResources", 42), entry("withinTarget", 34),
                entry("breached", 8), entry("withoutRecoveryPoint", 0), entry("oldestAgeHours", 100.9));
        assertCounts("rpo", "NON_COMPLIANT", 8, 42, 8);
    }

    @Test
    void recoveryTimeObjective() {
        assertThat(figures("rto")).containsExactly(entry("protectedResources", 42), entry("restoredResources", 8),
                entry("restoreCompletedResources", 6), entry("restoreTestingResources", 4),
                entry("neverRestoreTested", 34), entry("noCompletedRestore", 2), entry("rtoExceeded", 1),
                entry("restoresAttributedBySourceArn", 6L), entry("restoresAttributedByVaultListing", 5L),
                entry("restoresAttributedByDescribe", 0L), entry("restoresNotAttributed", 0L),
                entry("restoredResourcesNotProtectedHere", 0), entry("slowestRestoreMinutes", 295.0));
        assertCounts("rto", "NON_COMPLIANT", 37, 42, 37);
    }

    @Test
    void coverage() {
        assertThat(figures("coverage")).containsExactly(entry("resourcesInScope", 45), entry("excludedByTag", 1),
                entry("outOfScope", 1), entry("notSelectedByAnyPlan", 3), entry("selectedByPlans", 42),
                entry("selectedNeverBackedUp", 0));
        assertCounts("coverage", "NON_COMPLIANT", 3, 45, 3);
    }

    @Test
    void planPolicyVaultProtectionAndCopies() {
        assertThat(figures("plan_policy")).containsExactly(entry("plans", 2), entry("rules", 4));
        assertCounts("plan_policy", "COMPLIANT", 0, 2, 0);
        assertThat(figures("vault_protection")).containsExactly(entry("vaults", 3),
                entry("logicallyAirGappedVaults", 1));
        assertCounts("vault_protection", "NON_COMPLIANT", 4, 4, 6);
        assertThat(figures("copies")).containsExactly(entry("plansRequiringCopies", 2),
                entry("plansCopyingCrossRegion", 1), entry("copyJobs", 23L), entry("copyJobsCompleted", 21L),
                entry("copyJobsFailed", 1L));
        assertCounts("copies", "NON_COMPLIANT", 2, 25, 2);
    }

    @Test
    void summaryAndDigest() {
        assertThat(response).containsEntry("status", "NON_COMPLIANT").containsEntry("complete", true)
                .containsEntry("headline", "11 of 12 controls non-compliant, 97 findings (39 ERROR) on 53 resources");
        List<PublishedMessage> digests = demo.aws.sns().published();
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).isEqualTo("[arrakis-platform us-west-2] Backup validation: 11/12"
                    + " non-compliant, 97 findings (39 ERROR)");
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
