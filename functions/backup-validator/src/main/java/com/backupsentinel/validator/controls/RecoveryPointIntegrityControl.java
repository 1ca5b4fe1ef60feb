package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Control 3: every recovery point is in a usable state (PARTIAL, EXPIRED and STOPPED are ERROR, DELETING a
 * WARNING), encrypted, with a customer-managed key when {@code requireCustomerManagedKey} is on, and kept at
 * least {@code minRetentionDays}. Resources are the protected resources; a finding names the recovery point. A
 * point whose key type AWS does not state takes its vault's.
 */
public final class RecoveryPointIntegrityControl implements Control {

    private static final Set<String> BROKEN = Set.of("PARTIAL", "EXPIRED", "STOPPED");

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
        private final Map<String, String> vaultKeyTypes = new HashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();

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
            vaultKeyTypes.put(vault.name(), vault.encryptionKeyType());
        }

        @Override
        public void recoveryPoint(RecoveryPointRecord point) {
            count("recoveryPoints");
            String account = ArnParts.account(point.arn()).isEmpty() ? ArnParts.account(point.resourceArn())
                    : ArnParts.account(point.arn());
            ledger.evaluated(point.resourceArn(), point.resourceType(), account);
            String subject = "recovery point " + point.arn() + " in " + point.vaultName();
            if (BROKEN.contains(point.status()) || "DELETING".equals(point.status())) {
                count(point.status().toLowerCase(Locale.ROOT));
                String message = point.statusMessage().isBlank() ? "" : " (" + point.statusMessage() + ")";
                ledger.finding(point.resourceArn(), point.resourceType(), account, "recovery_point_status",
                        subject + " is " + point.status() + message, "COMPLETED or AVAILABLE",
                        BROKEN.contains(point.status()) ? Severity.ERROR : Severity.WARNING);
            }
            if (!point.encrypted()) {
                count("unencrypted");
                ledger.finding(point.resourceArn(), point.resourceType(), account, "recovery_point_encrypted",
                        subject + " is not encrypted", "encrypted", Severity.ERROR);
            } else if (context.settings().requireCustomerManagedKey()) {
                String stated = point.encryptionKeyType().isBlank()
                        ? vaultKeyTypes.getOrDefault(point.vaultName(), "") : point.encryptionKeyType();
                String keyType = KeyTypes.effective(stated, point.encryptionKeyArn());
                if (KeyTypes.AWS_OWNED.equals(keyType)) {
                    count("notCustomerManagedKey");
                    ledger.finding(point.resourceArn(), point.resourceType(), account,
                            "recovery_point_customer_managed_key", subject + " is encrypted with " + keyType,
                            KeyTypes.CUSTOMER_MANAGED, Severity.ERROR);
                }
            }
            checkRetention(point, account, subject);
        }

        private void checkRetention(RecoveryPointRecord point, String account, String subject) {
            OptionalLong days = point.deleteAfterDays();
            if (days.isEmpty() && point.deleteAt().isPresent()) {
                days = OptionalLong.of(Duration.between(point.creationDate(), point.deleteAt().get()).toDays());
            }
            int minimum = context.settings().minRetentionDays();
            if (days.isPresent() && days.getAsLong() < minimum) {
                count("belowMinimumRetention");
                ledger.finding(point.resourceArn(), point.resourceType(), account, "recovery_point_min_retention",
                        subject + " is kept " + days.getAsLong() + " days", "at least " + minimum + " days",
                        Severity.ERROR);
            }
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
