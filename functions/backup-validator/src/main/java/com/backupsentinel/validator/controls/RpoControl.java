package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Control 4: the newest usable (COMPLETED or AVAILABLE) recovery point of every protected resource is at most
 * {@code rpoTargetHours} old, counted from its creation date (the moment the data was captured). Protected
 * resources are those ListProtectedResources returns plus any resource with a recovery point in the region's
 * vaults; one with no usable point at all breaches too.
 */
public final class RpoControl implements Control {

    @Override
    public ControlId id() {
        return ControlId.RPO;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final Map<String, String> resourceTypes = new LinkedHashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Instant> newest = new HashMap<>();

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.RPO, context.region());
        }

        @Override
        public void protectedResource(ProtectedResourceRecord resource) {
            resourceTypes.putIfAbsent(resource.arn(), resource.resourceType());
            if (!resource.name().isBlank()) {
                names.put(resource.arn(), resource.name());
            }
        }

        @Override
        public void recoveryPoint(RecoveryPointRecord point) {
            resourceTypes.putIfAbsent(point.resourceArn(), point.resourceType());
            if (point.isUsable()) {
                newest.merge(point.resourceArn(), point.creationDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        private String name(String arn) {
            return names.getOrDefault(arn, ResourceTypes.shortName(arn));
        }

        @Override
        public ControlResult finish() {
            Instant now = context.window().now();
            int target = context.settings().rpoTargetHours();
            Duration limit = Duration.ofHours(target);
            List<RpoAge> ages = new ArrayList<>();
            int breached = 0;
            int missing = 0;
            for (Map.Entry<String, String> entry : resourceTypes.entrySet()) {
                String arn = entry.getKey();
                String type = entry.getValue();
                String account = ArnParts.account(arn);
                ledger.evaluated(arn, type, account);
                Instant last = newest.get(arn);
                if (last == null) {
                    missing++;
                    ages.add(new RpoAge(arn, name(arn), type, null, true));
                    ledger.finding(arn, type, account, "rpo_target", "no usable recovery point",
                            "newest recovery point at most " + target + " h old", Severity.ERROR);
                    continue;
                }
                Duration age = Duration.between(last, now);
                boolean breach = age.compareTo(limit) > 0;
                ages.add(new RpoAge(arn, name(arn), type, Formats.hours(age), breach));
                if (breach) {
                    breached++;
                    ledger.finding(arn, type, account, "rpo_target", "newest recovery point is "
                                    + Formats.hoursText(age) + " old (" + Formats.instant(last) + ")",
                            "at most " + target + " h", Severity.ERROR);
                }
            }
            ages.sort(Comparator.comparing((RpoAge a) -> a.ageHours() == null ? Double.MAX_VALUE : a.ageHours())
                    .reversed().thenComparing(RpoAge::resourceArn));
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("protectedResources", resourceTypes.size());
            figures.put("withinTarget", resourceTypes.size() - breached - missing);
            figures.put("breached", breached + missing);
            figures.put("withoutRecoveryPoint", missing);
            ages.stream().map(RpoAge::ageHours).filter(a -> a != null).findFirst()
                    .ifPresent(worst -> figures.put("oldestAgeHours", worst));
            return ledger.result(figures, new RpoAges(target, ages));
        }
    }
}
