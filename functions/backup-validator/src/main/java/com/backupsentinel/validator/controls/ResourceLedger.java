package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps what a control decided per resource and the findings it made. Findings beyond {@link #MAX_FINDINGS} are
 * counted, not kept, so one broken estate cannot blow the memory; resources are kept once each.
 */
public final class ResourceLedger {

    /** The most findings a control keeps per region; the rest are counted. */
    public static final int MAX_FINDINGS = 500;

    private final ControlId control;
    private final String region;
    private final Map<String, ResourceVerdict> verdicts = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Long> ruleCounts = new TreeMap<>();
    private long findingsTotal;

    public ResourceLedger(ControlId control, String region) {
        this.control = control;
        this.region = region;
    }

    /** Records that {@code arn} was evaluated; it stays compliant unless a finding names it. */
    public void evaluated(String arn, String resourceType, String accountId) {
        verdicts.putIfAbsent(arn, new ResourceVerdict(arn, "", resourceType, accountId, true));
    }

    /** Records a finding; its resource becomes non-compliant. */
    public void finding(String arn, String resourceType, String accountId, String rule, String observed,
                        String threshold, Severity severity) {
        verdicts.put(arn, new ResourceVerdict(arn, "", resourceType, accountId, false));
        findingsTotal++;
        ruleCounts.merge(rule, 1L, Long::sum);
        if (findings.size() < MAX_FINDINGS) {
            findings.add(new Finding(control, region, accountId, arn, "", resourceType, rule, observed, threshold,
                    severity));
        }
    }

    /** The result: NON_COMPLIANT when anything was found, COMPLIANT otherwise. */
    public ControlResult result(Map<String, Number> figures, ControlDetails details) {
        int nonCompliant = (int) verdicts.values().stream().filter(v -> !v.compliant()).count();
        int compliant = verdicts.size() - nonCompliant;
        ControlStatus status = findingsTotal > 0 ? ControlStatus.NON_COMPLIANT : ControlStatus.COMPLIANT;
        return new ControlResult(control, region, status, "", compliant, nonCompliant, figures, findingsTotal,
                ruleCounts, findings, new ArrayList<>(verdicts.values()), details);
    }
}
