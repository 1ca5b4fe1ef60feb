package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.vault;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class VaultProtectionControlTest {

    private static final String DENY_DELETE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Principal\":\"*\",\"Action\":[\"backup:DeleteRecoveryPoint\",\"backup:UpdateRecoveryPointLifecycle\"],"
            + "\"Resource\":\"*\"}]}";

    private static ControlResult run(ControlContext context, VaultRecord... vaults) {
        ControlEvaluation evaluation = new VaultProtectionControl().start(context);
        for (VaultRecord vault : vaults) {
            evaluation.vault(vault);
        }
        return evaluation.finish();
    }

    @Test
    void acceptsALockedCustomerKeyVaultThatDeniesDeletion() {
        ControlResult result = run(context(), vault("arrakis-backup-vault-production", "CUSTOMER_MANAGED_KMS_KEY", true,
                DENY_DELETE));

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
    }

    @Test
    void holdsProductionLocksToComplianceModeTheSeedsRetentionAndTheLongestRuleAndAirGappedVaultsToAnApprovalTeam() {
        VaultRecord governance = new VaultRecord("arrakis-backup-vault-production", "arn:aws:backup:us-west-2:"
                + "123456789012:backup-vault:arrakis-backup-vault-production", "BACKUP_VAULT", "k",
                "CUSTOMER_MANAGED_KMS_KEY", true, java.util.OptionalLong.of(30), java.util.OptionalLong.of(365),
                java.util.Optional.of(DENY_DELETE), java.util.Optional.empty(), "AVAILABLE", java.util.Optional.empty());
        VaultRecord airGapped = new VaultRecord("arrakis-airgapped-vault-production", "arn:aws:backup:us-west-2:"
                + "123456789012:backup-vault:arrakis-airgapped-vault-production", VaultRecord.LOGICALLY_AIR_GAPPED, "",
                "AWS_OWNED_KMS_KEY", true, java.util.OptionalLong.of(90), java.util.OptionalLong.of(2555),
                java.util.Optional.empty(), java.util.Optional.of(Fixtures.NOW), "AVAILABLE", java.util.Optional.empty());
        ControlEvaluation evaluation = new VaultProtectionControl().start(context());
        evaluation.vault(governance);
        evaluation.vault(airGapped);
        evaluation.plan(Fixtures.plan("arrakis-backup-plan-production", java.util.List.of(new com.backupsentinel
                .validator.inventory.RuleRecord("monthly", "arrakis-backup-vault-production", "cron(0 1 1 * ? *)", "",
                java.util.OptionalLong.of(2555), java.util.OptionalLong.empty(), false, java.util.List.of()))));

        assertThat(evaluation.finish().findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                Tuple.tuple("vault_lock_retention", com.backupsentinel.shared.Severity.WARNING),
                Tuple.tuple("vault_lock_mode", com.backupsentinel.shared.Severity.WARNING),
                Tuple.tuple("vault_mpa_approval_team", com.backupsentinel.shared.Severity.WARNING),
                Tuple.tuple("vault_lock_max_retention", com.backupsentinel.shared.Severity.ERROR));
    }

    @Test
    void reportsEachMissingProtection() {
        ControlResult result = run(context(), vault("arrakis-backup-vault-production", "AWS_OWNED_KMS_KEY", false,
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"backup:*\"}}"));

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed, Finding::threshold).containsExactly(
                Tuple.tuple("vault_customer_managed_key", "vault arrakis-backup-vault-production: encrypted with"
                        + " AWS_OWNED_KMS_KEY arn:aws:kms:us-west-2:123456789012:key/k1", "CUSTOMER_MANAGED_KMS_KEY"),
                Tuple.tuple("vault_access_policy", "vault arrakis-backup-vault-production: access policy does not"
                        + " deny backup:DeleteRecoveryPoint", "an access policy denying backup:DeleteRecoveryPoint"),
                Tuple.tuple("vault_lock", "vault arrakis-backup-vault-production: not locked",
                        "vault lock on (production)"));
    }

    @Test
    void requiresTheLockOnlyForProductionVaultsAndAcceptsWildcardDenies() {
        ControlResult result = run(context(Fixtures.settings(DeploymentEnvironment.DEVELOPMENT)),
                vault("arrakis-backup-vault-staging", "CUSTOMER_MANAGED_KMS_KEY", false,
                        "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"backup:Delete*\"}]}"),
                vault("scratch", "CUSTOMER_MANAGED_KMS_KEY", false, null));

        assertThat(result.findings()).extracting(Finding::rule, Finding::observed).containsExactly(
                Tuple.tuple("vault_access_policy", "vault scratch: no access policy"));
    }

    @Test
    void theConfiguredVaultMustExistInThePrimaryRegion() {
        ControlSettings withVault = new ControlSettings(DeploymentEnvironment.DEVELOPMENT, 24, 240, 35, 24, 3.0, 24,
                false, Optional.of("arrakis-backup-vault-development"), "us-east-1", Optional.empty(), List.of(),
                List.of(), List.of());

        ControlResult result = run(context(withVault));

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.resourceArn())
                    .isEqualTo("arn:aws:backup:us-west-2::backup-vault:arrakis-backup-vault-development");
            assertThat(finding.observed()).isEqualTo("vault arrakis-backup-vault-development does not exist in us-west-2");
        });
    }
}
