package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Control 8: every backup vault is encrypted with a customer-managed KMS key (logically air-gapped vaults, which
 * AWS encrypts itself, excepted), has an access policy denying {@code backup:DeleteRecoveryPoint} (logically
 * air-gapped vaults excepted: their compliance-mode lock already forbids deleting a point early), and is
 * AVAILABLE. A vault of an environment the seed locks (production) is locked in compliance mode with a minimum
 * retention of at least the environment's retention (WARNING when in governance mode or below); a lock maximum below
 * what a rule keeps in the vault makes that rule's jobs fail (ERROR). A logically air-gapped vault has a multi-party
 * approval team (WARNING). The vault named by {@code BACKUP_VAULT_NAME} must exist in the primary region.
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
        private final List<VaultRecord> seen = new ArrayList<>();
        private final Map<String, Long> longestRetention = new HashMap<>();
        private int vaults;
        private int airGapped;
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
            if (!vault.logicallyAirGapped()) {
                checkPolicy(vault, account);
            }
            DeploymentEnvironment place = EnvironmentNames.of(vault.name(), context.settings().environment());
            if (place.vaultLock()) {
                checkLock(vault, account, place);
            }
            if (vault.logicallyAirGapped()) {
                airGapped++;
                if (vault.mpaApprovalTeamArn().isEmpty()) {
                    finding(vault, account, "vault_mpa_approval_team", "logically air-gapped vault without a"
                            + " multi-party approval team", "an MPA approval team associated (recovery when the"
                            + " account is compromised)", Severity.WARNING);
                }
            }
            if (!vault.vaultState().isBlank() && !"AVAILABLE".equals(vault.vaultState())) {
                finding(vault, account, "vault_state", "vault is " + vault.vaultState(), "AVAILABLE", Severity.ERROR);
            }
            seen.add(vault);
        }

        /**
         * The seed locks production vaults (WORM): compliance mode (a lock date: immutable after it) rather than
         * governance (removable by a privileged user), a minimum retention of at least the environment's retention,
         * and both bounds set.
         */
        private void checkLock(VaultRecord vault, String account, DeploymentEnvironment place) {
            if (!vault.locked()) {
                finding(vault, account, "vault_lock", "not locked", "vault lock on (" + place.wireName() + ")");
                return;
            }
            if (vault.minRetentionDays().isEmpty() || vault.maxRetentionDays().isEmpty()) {
                finding(vault, account, "vault_lock_retention", "locked without "
                        + (vault.minRetentionDays().isEmpty() ? "a minimum" : "a maximum") + " retention",
                        "vault lock with minimum and maximum retention days");
            } else if (vault.minRetentionDays().getAsLong() < place.retentionDays()) {
                finding(vault, account, "vault_lock_retention", "vault lock minimum retention "
                        + vault.minRetentionDays().getAsLong() + " days", "at least " + place.retentionDays()
                        + " days (" + place.wireName() + " retention)", Severity.WARNING);
            }
            if (vault.lockDate().isEmpty()) {
                finding(vault, account, "vault_lock_mode", "vault lock in governance mode (no lock date: a"
                        + " privileged user can remove it)", "compliance mode (WORM, " + place.wireName() + ")",
                        Severity.WARNING);
            }
        }

        @Override
        public void plan(PlanRecord plan) {
            for (RuleRecord rule : plan.rules()) {
                rule.deleteAfterDays().ifPresent(days -> longestRetention.merge(rule.targetVault(), days, Math::max));
                for (CopyActionRecord copy : rule.copyActions()) {
                    copy.deleteAfterDays().ifPresent(days -> longestRetention.merge(copy.destinationVaultArn(), days,
                            Math::max));
                }
            }
        }

        /** A lock whose maximum is below what a rule keeps makes that rule's backups (or copies) into it fail. */
        private void checkLockMaximum(VaultRecord vault) {
            long longest = Math.max(longestRetention.getOrDefault(vault.name(), 0L),
                    longestRetention.getOrDefault(vault.arn(), 0L));
            if (vault.locked() && vault.maxRetentionDays().isPresent() && longest > vault.maxRetentionDays().getAsLong()) {
                finding(vault, ArnParts.account(vault.arn()), "vault_lock_max_retention", "vault lock maximum retention "
                        + vault.maxRetentionDays().getAsLong() + " days, but a rule keeps points " + longest + " days",
                        "at least the longest retention of the rules writing to it (their jobs fail otherwise)",
                        Severity.ERROR);
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
            finding(vault, account, rule, observed, threshold, Severity.ERROR);
        }

        private void finding(VaultRecord vault, String account, String rule, String observed, String threshold,
                             Severity severity) {
            ledger.finding(vault.arn(), RESOURCE_TYPE, account, rule, "vault " + vault.name() + ": " + observed,
                    threshold, severity, ConsoleLinks.vault(context.region(), vault.name()));
        }

        @Override
        public ControlResult finish() {
            seen.forEach(this::checkLockMaximum);
            Optional<String> expected = context.settings().backupVaultName();
            if (context.primaryRegion() && expected.isPresent() && !configuredVaultSeen) {
                String arn = "arn:aws:backup:" + context.region() + "::backup-vault:" + expected.get();
                ledger.finding(arn, RESOURCE_TYPE, "", "vault_exists", "vault " + expected.get()
                        + " does not exist in " + context.region(), "the vault BACKUP_VAULT_NAME names exists",
                        Severity.ERROR);
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("vaults", vaults);
            figures.put("logicallyAirGappedVaults", airGapped);
            return ledger.result(figures, null);
        }
    }
}
