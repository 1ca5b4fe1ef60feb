package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Control 3: every recovery point is in a usable state (PARTIAL and STOPPED are ERROR, DELETING a WARNING),
 * encrypted, with a customer-managed key when {@code requireCustomerManagedKey} is on, and kept at least the
 * minimum retention of its environment (the plan's, else the vault's; MIN_RETENTION_DAYS when configured). EXPIRED
 * points that linger (AWS Backup could not delete them: missing delete permissions or a snapshot lock, and they
 * still cost) are one WARNING per vault with their count and size. Causes shared by many points are one finding:
 * an AWS-owned vault key per vault, a too-short retention per vault and rule. Resources are the protected
 * resources. A point whose key type AWS does not state takes its vault's.
 */
public final class RecoveryPointIntegrityControl implements Control {

    private static final Set<String> BROKEN = Set.of("PARTIAL", "STOPPED");
    private static final double GIB = 1024.0 * 1024 * 1024;

    @Override
    public ControlId id() {
        return ControlId.RECOVERY_POINT_INTEGRITY;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final Map<String, VaultRecord> vaults = new HashMap<>();
        private final Map<String, String> planNames = new HashMap<>();
        private final Map<String, String> ruleNames = new HashMap<>();
        private final Map<String, long[]> expired = new HashMap<>();
        private final Map<String, long[]> kept = new HashMap<>();
        private final Map<String, String> sources = new HashMap<>();
        private final Map<String, String> links = new HashMap<>();
        private final Map<String, DeploymentEnvironment> places = new HashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final UnknownValues unknown = new UnknownValues("treated as unusable");

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.RECOVERY_POINT_INTEGRITY, context.region());
            for (String name : new String[] {"recoveryPoints", "partial", "expired", "stopped", "deleting",
                "unencrypted", "notCustomerManagedKey", "belowMinimumRetention"}) {
                counts.put(name, 0L);
            }
        }

        @Override
        public void vault(VaultRecord vault) {
            vaults.put(vault.name(), vault);
        }

        @Override
        public void plan(PlanRecord plan) {
            planNames.put(plan.id(), plan.name());
            for (RuleRecord rule : plan.rules()) {
                ruleNames.put(plan.id() + " " + rule.windows().ruleId(), rule.name());
            }
        }

        @Override
        public void recoveryPoint(RecoveryPointRecord point) {
            count("recoveryPoints");
            String pointAccount = ArnParts.account(point.arn());
            String account = pointAccount.isEmpty() ? ArnParts.account(point.resourceArn()) : pointAccount;
            ledger.evaluated(point.resourceArn(), point.resourceType(), account);
            if (!point.isKnownStatus()) {
                unknown.report(ledger, context.region(), "recovery point Status", point.status(), point.arn());
                ledger.finding(point.resourceArn(), point.resourceType(), account, "recovery_point_status",
                        subject(point) + " is " + point.status() + " (a status AWS Backup does not document)",
                        "COMPLETED or AVAILABLE", Severity.ERROR, link(point));
            } else if ("EXPIRED".equals(point.status())) {
                count("expired");
                lingering(point, account);
            } else if (BROKEN.contains(point.status()) || "DELETING".equals(point.status())) {
                count(point.status().toLowerCase(Locale.ROOT));
                String message = point.statusMessage().isBlank() ? "" : " (" + point.statusMessage() + ")";
                ledger.finding(point.resourceArn(), point.resourceType(), account, "recovery_point_status",
                        subject(point) + " is " + point.status() + message, "COMPLETED or AVAILABLE",
                        BROKEN.contains(point.status()) ? Severity.ERROR : Severity.WARNING, link(point));
            }
            if (!point.encrypted()) {
                count("unencrypted");
                ledger.finding(point.resourceArn(), point.resourceType(), account, "recovery_point_encrypted",
                        subject(point) + " is not encrypted", "encrypted", Severity.ERROR, link(point));
            } else if (context.settings().requireCustomerManagedKey()) {
                checkKey(point, account);
            }
            checkRetention(point, account);
        }

        private static String subject(RecoveryPointRecord point) {
            return "recovery point " + point.arn() + " in " + point.vaultName();
        }

        private String link(RecoveryPointRecord point) {
            return ConsoleLinks.recoveryPoint(context.region(), point.vaultName(), point.arn());
        }

        private void checkKey(RecoveryPointRecord point, String account) {
            VaultRecord vault = vaults.get(point.vaultName());
            String stated = point.encryptionKeyType().isBlank() && vault != null ? vault.encryptionKeyType()
                    : point.encryptionKeyType();
            String keyType = KeyTypes.effective(stated, point.encryptionKeyArn());
            if (KeyTypes.AWS_OWNED.equals(keyType)) {
                count("notCustomerManagedKey");
                ledger.occurrence(point.resourceArn(), point.resourceType(), vaultArn(point), "BackupVault", account,
                        "recovery_point_customer_managed_key", n -> n + " recovery point" + (n == 1 ? " is" : "s are")
                                + " encrypted with the " + keyType + " of vault " + point.vaultName(),
                        KeyTypes.CUSTOMER_MANAGED, Severity.ERROR,
                        vaultLink(point));
            }
        }

        private void lingering(RecoveryPointRecord point, String account) {
            long[] sums = expired.computeIfAbsent(point.vaultName(), v -> new long[2]);
            sums[0] += point.details().sizeBytes();
            point.deleteAt().ifPresent(at -> sums[1] = Math.max(sums[1],
                    Duration.between(at, context.window().now()).toDays()));
            ledger.occurrence(point.resourceArn(), point.resourceType(), vaultArn(point), "BackupVault", account,
                    "recovery_point_expired", n -> n + " EXPIRED recovery point" + (n == 1 ? "" : "s") + " linger in vault "
                            + point.vaultName() + " (" + String.format(Locale.ROOT, "%.1f", sums[0] / GIB)
                            + " GiB, up to " + sums[1] + " days past their deletion date): AWS Backup could not delete"
                            + " them; check the backup role's delete permissions and snapshot locks",
                    "no EXPIRED recovery points", Severity.WARNING, vaultLink(point));
        }

        private void checkRetention(RecoveryPointRecord point, String account) {
            OptionalLong days = point.deleteAfterDays();
            if (days.isEmpty() && point.deleteAt().isPresent()) {
                days = OptionalLong.of(Duration.between(point.creationDate(), point.deleteAt().get()).toDays());
            }
            if (days.isEmpty()) {
                return;
            }
            String planId = point.details().backupPlanId();
            DeploymentEnvironment place = places.computeIfAbsent(planId.isBlank() ? "vault " + point.vaultName()
                    : planId, key -> EnvironmentNames.of(planNames.getOrDefault(planId, "").isBlank()
                    ? point.vaultName() : planNames.get(planId), context.settings().environment()));
            int minimum = context.settings().minRetentionDays(place);
            if (days.getAsLong() >= minimum) {
                return;
            }
            count("belowMinimumRetention");
            String group = point.vaultName() + " " + planId + " " + point.details().backupRuleId();
            long[] range = kept.computeIfAbsent(group, k -> new long[] {Long.MAX_VALUE, 0});
            range[0] = Math.min(range[0], days.getAsLong());
            range[1] = Math.max(range[1], days.getAsLong());
            String source = sources.computeIfAbsent(group, k -> source(point));
            ledger.occurrence(point.resourceArn(), point.resourceType(), vaultArn(point), "BackupVault", account,
                    "recovery_point_min_retention", source, n -> n + " recovery point" + (n == 1 ? "" : "s") + " of "
                            + source + " in vault " + point.vaultName() + " kept " + (range[0] == range[1] ? range[0]
                            : range[0] + " to " + range[1]) + " days", "at least " + minimum + " days ("
                            + place.wireName() + ")", Severity.ERROR, vaultLink(point));
        }

        /** What made a point: "rule R of plan P", "on-demand backups" or "plan ID" (a plan no longer listed). */
        private String source(RecoveryPointRecord point) {
            String planId = point.details().backupPlanId();
            String rule = ruleNames.get(planId + " " + point.details().backupRuleId());
            return rule != null ? "rule " + rule + " of plan " + planNames.get(planId)
                    : planId.isBlank() ? "on-demand backups" : "plan " + planId;
        }

        private String vaultLink(RecoveryPointRecord point) {
            return links.computeIfAbsent(point.vaultName(), vault -> ConsoleLinks.vault(context.region(), vault));
        }

        private String vaultArn(RecoveryPointRecord point) {
            VaultRecord vault = vaults.get(point.vaultName());
            return vault != null ? vault.arn() : "arn:aws:backup:" + context.region() + ":"
                    + ArnParts.account(point.arn()) + ":backup-vault:" + point.vaultName();
        }

        private void count(String name) {
            counts.merge(name, 1L, Long::sum);
        }

        @Override
        public ControlResult finish() {
            return ledger.result(new LinkedHashMap<>(counts), null);
        }
    }
}
