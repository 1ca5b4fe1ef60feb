package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ArnParts;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TaggedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Control 6: every resource in scope (the configured resource types, carrying every include tag and no exclude
 * tag) is selected by some backup plan; and every protected resource (ListProtectedResources, plus in-scope
 * resources a plan selects) has a usable recovery point created inside the window: silence is not success.
 */
public final class CoverageControl implements Control {

    @Override
    public ControlId id() {
        return ControlId.COVERAGE;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return new Evaluation(context);
    }

    private static final class Evaluation implements ControlEvaluation {

        private final ControlContext context;
        private final ResourceLedger ledger;
        private final List<SelectionRecord> selections = new ArrayList<>();
        private final Map<String, Map<String, String>> scope = new LinkedHashMap<>();
        private final Map<String, String> protectedTypes = new LinkedHashMap<>();
        private final Map<String, Instant> newest = new HashMap<>();
        private int excluded;
        private int outOfScope;

        Evaluation(ControlContext context) {
            this.context = context;
            this.ledger = new ResourceLedger(ControlId.COVERAGE, context.region());
        }

        @Override
        public void plan(PlanRecord plan) {
            selections.addAll(plan.selections());
        }

        @Override
        public void taggedResource(TaggedResource resource) {
            ControlSettings settings = context.settings();
            if (settings.coverageExcludeTags().stream().anyMatch(rule -> rule.matches(resource.tags()))) {
                excluded++;
            } else if (settings.coverageIncludeTags().stream().allMatch(rule -> rule.matches(resource.tags()))) {
                scope.put(resource.arn(), resource.tags());
            } else {
                outOfScope++;
            }
        }

        @Override
        public void protectedResource(ProtectedResourceRecord resource) {
            protectedTypes.putIfAbsent(resource.arn(), resource.resourceType());
        }

        @Override
        public void recoveryPoint(RecoveryPointRecord point) {
            if (point.isUsable()) {
                newest.merge(point.resourceArn(), point.creationDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        @Override
        public ControlResult finish() {
            int notSelected = 0;
            Map<String, String> watched = new LinkedHashMap<>(protectedTypes);
            for (Map.Entry<String, Map<String, String>> entry : scope.entrySet()) {
                String arn = entry.getKey();
                String type = ResourceTypes.fromArn(arn);
                ledger.evaluated(arn, type, ArnParts.account(arn));
                if (SelectionMatcher.selectsAny(selections, arn, entry.getValue())) {
                    watched.putIfAbsent(arn, type);
                } else {
                    notSelected++;
                    ledger.finding(arn, type, ArnParts.account(arn), "selected_by_backup_plan",
                            "no backup plan selection matches it (tags: " + tagText(entry.getValue()) + ")",
                            "selected by at least one backup plan", Severity.ERROR);
                }
            }
            int silent = 0;
            String threshold = "a usable recovery point created in the last "
                    + Formats.hoursText(context.window().length());
            for (Map.Entry<String, String> entry : watched.entrySet()) {
                String arn = entry.getKey();
                ledger.evaluated(arn, entry.getValue(), ArnParts.account(arn));
                Instant last = newest.get(arn);
                if (last == null || last.isBefore(context.window().start())) {
                    silent++;
                    String observed = last == null ? "no usable recovery point"
                            : "newest usable recovery point created " + Formats.instant(last);
                    ledger.finding(arn, entry.getValue(), ArnParts.account(arn), "recovery_point_in_window",
                            observed, threshold, Severity.ERROR);
                }
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("resourcesInScope", scope.size());
            figures.put("excludedByTag", excluded);
            figures.put("outOfScope", outOfScope);
            figures.put("notSelectedByAnyPlan", notSelected);
            figures.put("protectedResources", watched.size());
            figures.put("withoutRecoveryPointInWindow", silent);
            return ledger.result(figures, null);
        }

        private static String tagText(Map<String, String> tags) {
            if (tags.isEmpty()) {
                return "none";
            }
            StringBuilder text = new StringBuilder();
            new TreeMap<>(tags).forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ")
                    .append(k).append('=').append(v));
            return text.toString();
        }
    }
}
