package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.Severity;
import java.util.Objects;

/**
 * One thing a control found wrong: which resource, which rule, what was observed and what the threshold is.
 * A finding always makes its resource non-compliant for that control; {@code severity} says how loudly and
 * {@code weight} how high it ranks. {@code resourceName}, {@code environment}, {@code weight} and, where the control
 * gave none, {@code consoleLink} are filled in once the region's names and tags are known.
 *
 * @param count       occurrences of this one cause (e.g. 27 recovery points kept too briefly by one rule); 1 for a
 *                    single occurrence
 * @param environment the environment the resource belongs to (Environment tag, else its name, else the
 *                    deployment's): production findings outrank development ones
 * @param weight      severity x environment x impact (see {@link Weights}); findings are ranked by it
 * @param consoleLink where in the AWS console to look (job, recovery point, vault, plan or resource page)
 */
public record Finding(ControlId control, String region, String accountId, String resourceArn, String resourceName,
                      String resourceType, String rule, String observed, String threshold, Severity severity,
                      long count, String environment, int weight, String consoleLink) {

    public Finding {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(consoleLink, "consoleLink");
        if (count < 1) {
            throw new IllegalArgumentException("a finding counts at least one occurrence, got " + count);
        }
    }

    /** A single occurrence, before names, environment and weight are known. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Finding(ControlId control, String region, String accountId, String resourceArn, String resourceName,
                   String resourceType, String rule, String observed, String threshold, Severity severity) {
        this(control, region, accountId, resourceArn, resourceName, resourceType, rule, observed, threshold, severity,
                1, "", 0, "");
    }

    public Finding named(String name) {
        return new Finding(control, region, accountId, resourceArn, name, resourceType, rule, observed, threshold,
                severity, count, environment, weight, consoleLink);
    }

    /** This finding placed in {@code environment}, weighed, and linked (keeping a link the control gave). */
    public Finding ranked(String environment, int weight, String defaultLink) {
        return new Finding(control, region, accountId, resourceArn, resourceName, resourceType, rule, observed,
                threshold, severity, count, environment, weight, consoleLink.isEmpty() ? defaultLink : consoleLink);
    }

    public Finding linked(String link) {
        return new Finding(control, region, accountId, resourceArn, resourceName, resourceType, rule, observed,
                threshold, severity, count, environment, weight, link);
    }
}
