package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RecoveryPointIntegrityControlTest {

    private static ControlResult run(ControlContext context, List<VaultRecord> vaults, RecoveryPointRecord... points) {
        ControlEvaluation evaluation = new RecoveryPointIntegrityControl().start(context);
        vaults.forEach(evaluation::vault);
        for (RecoveryPointRecord point : points) {
            evaluation.recoveryPoint(point);
        }
        return evaluation.finish();
    }

    @Test
    void flagsBrokenStatesAsErrorsAndDeletingAsAWarning() {
        ControlResult result = run(context(), List.of(),
                point("p1", arn("EBS", "vol-1"), "PARTIAL", 5, true, OptionalLong.of(35)),
                point("p2", arn("EBS", "vol-2"), "EXPIRED", 5, true, OptionalLong.of(35)),
                point("p3", arn("EBS", "vol-3"), "DELETING", 5, true, OptionalLong.of(35)),
                point("p4", arn("EBS", "vol-4"), "COMPLETED", 5, true, OptionalLong.of(35)),
                point("p5", arn("EBS", "vol-5"), "AVAILABLE", 5, true, OptionalLong.empty()));

        assertThat(result.figures()).containsEntry("recoveryPoints", 5L).containsEntry("partial", 1L)
                .containsEntry("expired", 1L).containsEntry("deleting", 1L).containsEntry("stopped", 0L);
        assertThat(result.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("recovery_point_status", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("recovery_point_status", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("recovery_point_expired", Severity.WARNING));
        assertThat(result.findings().get(0)).isEqualTo(new Finding(ControlId.RECOVERY_POINT_INTEGRITY, "us-west-2",
                "123456789012", arn("EBS", "vol-1"), "", "EBS", "recovery_point_status",
                "recovery point arn:aws:backup:us-west-2:123456789012:recovery-point:p1 in vault-a is PARTIAL",
                "COMPLETED or AVAILABLE", Severity.ERROR).linked(ConsoleLinks.recoveryPoint("us-west-2", "vault-a",
                "arn:aws:backup:us-west-2:123456789012:recovery-point:p1")));
        assertThat(result.findings().get(2).observed()).startsWith("1 EXPIRED recovery point linger in vault vault-a");
        assertThat(result.nonCompliantResources()).isEqualTo(3);
        assertThat(result.compliantResources()).isEqualTo(2);
    }

    @Test
    void flagsUnencryptedPoints() {
        ControlResult result = run(context(), List.of(),
                point("p1", arn("EBS", "vol-1"), "COMPLETED", 5, false, OptionalLong.of(35)));

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("recovery_point_encrypted");
            assertThat(finding.observed()).endsWith("is not encrypted");
            assertThat(finding.threshold()).isEqualTo("encrypted");
        });
        assertThat(result.figures()).containsEntry("unencrypted", 1L);
    }

    @Test
    void requiresACustomerManagedKeyOnlyWhenConfigured() {
        ControlSettings strict = new ControlSettings(DeploymentEnvironment.PRODUCTION, 24, 240, 35, 24, 3.0, 24, true,
                Optional.empty(), "us-east-1", Optional.empty(), List.of(), List.of(), List.of());
        RecoveryPointRecord awsOwned = new RecoveryPointRecord("arn:aws:backup:us-west-2:123456789012:recovery-point:p1",
                "vault-a", arn("EBS", "vol-1"), "EBS", "COMPLETED", "", Fixtures.NOW, Optional.empty(), true, "",
                "", OptionalLong.of(90), Optional.empty());
        VaultRecord vault = Fixtures.vault("vault-a", "AWS_OWNED_KMS_KEY", false, null);

        ControlResult lenient = run(context(), List.of(vault), awsOwned);
        ControlResult required = run(context(strict), List.of(vault), awsOwned);

        assertThat(lenient.findingsTotal()).isZero();
        assertThat(required.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("recovery_point_customer_managed_key");
            assertThat(finding.observed()).isEqualTo("1 recovery point is encrypted with the AWS_OWNED_KMS_KEY of vault"
                    + " vault-a");
            assertThat(finding.resourceArn()).isEqualTo(vault.arn());
            assertThat(finding.threshold()).isEqualTo("CUSTOMER_MANAGED_KMS_KEY");
        });
    }

    @Test
    void checksRetentionFromTheLifecycleOrElseTheCalculatedDeletionDate() {
        RecoveryPointRecord calculated = new RecoveryPointRecord(
                "arn:aws:backup:us-west-2:123456789012:recovery-point:p2", "vault-a", arn("EBS", "vol-2"), "EBS",
                "COMPLETED", "", Fixtures.NOW, Optional.empty(), true, "k", "CUSTOMER_MANAGED_KMS_KEY",
                OptionalLong.empty(), Optional.of(Fixtures.NOW.plusSeconds(7 * 86400)));
        ControlResult result = run(context(), List.of(),
                point("p1", arn("EBS", "vol-1"), "COMPLETED", 5, true, OptionalLong.of(14)), calculated,
                point("p3", arn("EBS", "vol-3"), "COMPLETED", 5, true, OptionalLong.of(35)));

        assertThat(result.findings()).extracting(Finding::observed, Finding::threshold, Finding::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2 recovery points of on-demand backups in vault"
                        + " vault-a kept 7 to 14 days", "at least 35 days (production)", 2L));
        assertThat(result.figures()).containsEntry("belowMinimumRetention", 2L);
    }

    @Test
    void aVaultWithoutRecoveryPointsIsCompliant() {
        ControlResult result = run(context(), List.of(Fixtures.vault("empty", "CUSTOMER_MANAGED_KMS_KEY", false, null)));

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("recoveryPoints", 0L);
    }

    @Test
    void aStatusAwsAddedSinceIsAnErrorOnThePointAndOneWarningNamingTheValue() {
        ControlResult result = run(context(), List.of(),
                point("p1", arn("EBS", "vol-1"), "ARCHIVED", 5, true, OptionalLong.of(35)));

        assertThat(result.findings()).extracting(Finding::rule, Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("recovery_point_status", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("unknown_api_value", Severity.WARNING));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("unknown_api_value")).singleElement()
                .extracting(Finding::observed).isEqualTo("unknown recovery point Status ARCHIVED on 1 item (first: "
                        + "arn:aws:backup:us-west-2:123456789012:recovery-point:p1): treated as unusable, please report");
    }

    @Test
    void lingeringExpiredPointsAreOneWarningPerVaultWithTheirCountAndSize() {
        RecoveryPointRecord expired = new RecoveryPointRecord(
                "arn:aws:ec2:us-west-2::snapshot/snap-1", "vault-a", arn("EBS", "vol-1"), "EBS", "EXPIRED", "",
                Fixtures.NOW.minusSeconds(48 * 86400), Optional.empty(), true, "k", "CUSTOMER_MANAGED_KMS_KEY",
                OptionalLong.of(35), Optional.of(Fixtures.NOW.minusSeconds(13 * 86400)),
                new com.backupsentinel.validator.inventory.PointDetails("", "", 2L * 1024 * 1024 * 1024,
                        Optional.empty(), false, List.of()));
        RecoveryPointRecord second = new RecoveryPointRecord(
                "arn:aws:ec2:us-west-2::snapshot/snap-2", "vault-a", arn("EBS", "vol-2"), "EBS", "EXPIRED", "",
                Fixtures.NOW.minusSeconds(47 * 86400), Optional.empty(), true, "k", "CUSTOMER_MANAGED_KMS_KEY",
                OptionalLong.of(35), Optional.of(Fixtures.NOW.minusSeconds(12 * 86400)),
                new com.backupsentinel.validator.inventory.PointDetails("", "", 1024L * 1024 * 1024,
                        Optional.empty(), false, List.of()));

        ControlResult result = run(context(), List.of(), expired, second);

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("recovery_point_expired");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.count()).isEqualTo(2);
            assertThat(finding.observed()).isEqualTo("2 EXPIRED recovery points linger in vault vault-a (3.0 GiB,"
                    + " up to 13 days past their deletion date): AWS Backup could not delete them; check the backup"
                    + " role's delete permissions and snapshot locks");
        });
        assertThat(result.figures()).containsEntry("expired", 2L);
        assertThat(result.nonCompliantResources()).isEqualTo(2);
    }
}
