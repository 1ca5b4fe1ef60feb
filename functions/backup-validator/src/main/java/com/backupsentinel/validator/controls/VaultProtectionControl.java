package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.VaultRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Control 8: every backup vault is encrypted with a customer-managed KMS key (logically air-gapped vaults, which
 * AWS encrypts itself, excepted), has an access policy denying {@code backup:DeleteRecoveryPoint}, and, when it
 * belongs to production, is locked with a minimum and a maximum retention. The vault named by
 * {@code BACKUP_VAULT_NAME} must exist in the primary region.
 */
public final class VaultProtectionControl implements Control {

    static final String RESOURCE_TYPE = "BackupVault";

    @Override
    public ControlId id() {
        return ControlId.VAULT_PROTECTION;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private int vaults;
        private boolean configuredVaultSeen;

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.VAULT_PROTECTION, context.region());
        }

        @Override
        public void vault(VaultRecord vault) {
            vaults++;
            configuredVaultSeen |= context.settings().backupVaultName().map(vault.name()::equals).orElse(false);
            String account = ArnParts.account(vault.arn());
            ledger.evaluated(vault.arn(), RESOURCE_TYPE, account);
            String keyType = KeyTypes.effective(vault.encryptionKeyType(), vault.encryptionKeyArn());
            if (!vault.vaultType().contains("AIR_GAPPED") && !KeyTypes.CUSTOMER_MANAGED.equals(keyType)) {
                String observed = keyType.isBlank() ? "no encryption key"
                        : "encrypted with " + keyType + " " + vault.encryptionKeyArn();
                finding(vault, account, "vault_customer_managed_key", observed, KeyTypes.CUSTOMER_MANAGED);
            }
            checkPolicy(vault, account);
            if (EnvironmentNames.of(vault.name(), context.settings().environment())
                    == DeploymentEnvironment.PRODUCTION) {
                if (!vault.locked()) {
                    finding(vault, account, "vault_lock", "not locked", "vault lock on (production)");
                } else if (vault.minRetentionDays().isEmpty() || vault.maxRetentionDays().isEmpty()) {
                    finding(vault, account, "vault_lock_retention", "locked without "
                            + (vault.minRetentionDays().isEmpty() ? "a minimum" : "a maximum") + " retention",
                            "vault lock with minimum and maximum retention days");
                }
            }
        }

        private void checkPolicy(VaultRecord vault, String account) {
            Optional<String> policy = vault.accessPolicy();
            String threshold = "an access policy denying " + AccessPolicies.DELETE_ACTION;
            if (policy.isEmpty()) {
                finding(vault, account, "vault_access_policy", "no access policy", threshold);
                return;
            }
            try {
                if (!AccessPolicies.deniesRecoveryPointDeletion(policy.get())) {
                    finding(vault, account, "vault_access_policy", "access policy does not deny "
                            + AccessPolicies.DELETE_ACTION, threshold);
                }
            } catch (JsonProcessingException e) {
                finding(vault, account, "vault_access_policy", "access policy is not valid JSON: "
                        + e.getOriginalMessage(), threshold);
            }
        }

        private void finding(VaultRecord vault, String account, String rule, String observed, String threshold) {
            ledger.finding(vault.arn(), RESOURCE_TYPE, account, rule, "vault " + vault.name() + ": " + observed,
                    threshold, Severity.ERROR);
        }

        @Override
        public ControlResult finish() {
            Optional<String> expected = context.settings().backupVaultName();
            if (context.primaryRegion() && expected.isPresent() && !configuredVaultSeen) {
                String arn = "arn:aws:backup:" + context.region() + "::backup-vault:" + expected.get();
                ledger.finding(arn, RESOURCE_TYPE, "", "vault_exists", "vault " + expected.get()
                        + " does not exist in " + context.region(), "the vault BACKUP_VAULT_NAME names exists",
                        Severity.ERROR);
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("vaults", vaults);
            return ledger.result(figures, null);
        }
    }
}
