package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Keeps what a control decided per resource and the findings it made. One cause gives one finding: occurrences
 * grouped under one subject (27 recovery points of one rule kept too briefly, 202 points in a vault with an
 * AWS-owned key) make one finding with their count, while every affected resource is still non-compliant.
 * Findings beyond {@link #MAX_FINDINGS} are counted, not kept, so one broken estate cannot blow the memory.
 */
public final class ResourceLedger {

    /** The most findings a control keeps per region; the rest are counted. */
    public static final int MAX_FINDINGS = 500;

    private final ControlId control;
    private final String region;
    private final Map<String, ResourceVerdict> verdicts = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Long> ruleCounts = new TreeMap<>();
    private long findingsTotal;
    private long errorFindings;

    public ResourceLedger(ControlId control, String region) {
        this.control = control;
        this.region = region;
    }

    /** Records that {@code arn} was evaluated; it stays compliant unless a finding names it. */
    public void evaluated(String arn, String resourceType, String accountId) {
        if (!verdicts.containsKey(arn)) {
            verdicts.put(arn, new ResourceVerdict(arn, "", resourceType, accountId, true));
        }
    }

    /** Records a finding; its resource becomes non-compliant. */
    public void finding(String arn, String resourceType, String accountId, String rule, String observed,
                        String threshold, Severity severity) {
        finding(arn, resourceType, accountId, rule, observed, threshold, severity, "");
    }

    /** Records a finding with its console link; its resource becomes non-compliant. */
    public void finding(String arn, String resourceType, String accountId, String rule, String observed,
                        String threshold, Severity severity, String link) {
        verdicts.put(arn, new ResourceVerdict(arn, "", resourceType, accountId, false));
        count(rule, severity);
        if (findings.size() < MAX_FINDINGS) {
            findings.add(new Finding(control, region, accountId, arn, "", resourceType, rule, observed, threshold,
                    severity).linked(link));
        }
    }

    /**
     * Records one occurrence of a cause shared by many: {@code affected} becomes non-compliant (when not blank), and
     * the finding on {@code subject} (a vault, a plan, the region) counts one more; {@code observed} spells the
     * finding for the final count.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void occurrence(String affected, String affectedType, String subject, String subjectType, String accountId,
                           String rule, LongFunction<String> observed, String threshold, Severity severity,
                           String link) {
        occurrence(affected, affectedType, subject, subjectType, accountId, rule, "", observed, threshold, severity,
                link);
    }

    /** As above, with {@code cause} telling apart causes that share a subject (two rules writing to one vault). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void occurrence(String affected, String affectedType, String subject, String subjectType, String accountId,
                           String rule, String cause, LongFunction<String> observed, String threshold,
                           Severity severity, String link) {
        ResourceVerdict known = affected.isBlank() ? null : verdicts.get(affected);
        if (!affected.isBlank() && (known == null || known.compliant())) {
            verdicts.put(affected, new ResourceVerdict(affected, "", affectedType, accountId, false));
        }
        Group group = groups.computeIfAbsent(rule + " " + subject + " " + cause, key -> {
            count(rule, severity);
            return new Group(subject, subjectType, accountId, rule, observed, threshold, severity, link);
        });
        group.count++;
    }

    private void count(String rule, Severity severity) {
        findingsTotal++;
        errorFindings += severity == Severity.ERROR ? 1 : 0;
        ruleCounts.merge(rule, 1L, Long::sum);
    }

    /** The result: NON_COMPLIANT when anything was found, COMPLIANT otherwise. */
    public ControlResult result(Map<String, Number> figures, ControlDetails details) {
        List<Finding> all = new ArrayList<>(findings);
        for (Group group : groups.values()) {
            if (all.size() < MAX_FINDINGS) {
                all.add(new Finding(control, region, group.account, group.subject, "", group.subjectType, group.rule,
                        group.observed.apply(group.count), group.threshold, group.severity, group.count, "", 0,
                        group.link));
            }
        }
        int nonCompliant = (int) verdicts.values().stream().filter(v -> !v.compliant()).count();
        int compliant = verdicts.size() - nonCompliant;
        ControlStatus status = findingsTotal > 0 ? ControlStatus.NON_COMPLIANT : ControlStatus.COMPLIANT;
        return new ControlResult(control, region, status, "", compliant, nonCompliant, figures, findingsTotal,
                errorFindings, ruleCounts, all, new ArrayList<>(verdicts.values()), details);
    }

    /** The findings so far and the distinct resources they made non-compliant. */
    public long findingsTotal() {
        return findingsTotal;
    }

    private static final class Group {
        private final String subject;
        private final String subjectType;
        private final String account;
        private final String rule;
        private final LongFunction<String> observed;
        private final String threshold;
        private final Severity severity;
        private final String link;
        private long count;

        Group(String subject, String subjectType, String account, String rule, LongFunction<String> observed,
              String threshold, Severity severity, String link) {
            this.subject = subject;
            this.subjectType = subjectType;
            this.account = account;
            this.rule = rule;
            this.observed = observed;
            this.threshold = threshold;
            this.severity = severity;
            this.link = link;
        }
    }
}
