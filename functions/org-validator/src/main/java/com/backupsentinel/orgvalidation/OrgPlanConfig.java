package com.backupsentinel.orgvalidation;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.validator.BackupValidatorConfig;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What OrgValidationPlanFunction reads from its environment, once, at init: the report bucket the items file goes
 * to, the regions every account is validated in, and which accounts: those of {@code ORG_ACCOUNTS} (the OrgAccounts
 * parameter), or, when it is empty, every ACTIVE account Organizations lists; less {@code ORG_EXCLUDED_ACCOUNTS}.
 *
 * @param accounts empty = list the organisation's accounts with Organizations ListAccounts
 */
public record OrgPlanConfig(String reportBucket, List<String> regions, List<String> accounts,
                            Set<String> excludedAccounts, String metricsNamespace) {

    public static final String ORG_REGIONS = "ORG_REGIONS";
    public static final String ORG_ACCOUNTS = "ORG_ACCOUNTS";
    public static final String ORG_EXCLUDED_ACCOUNTS = "ORG_EXCLUDED_ACCOUNTS";
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

    public OrgPlanConfig {
        Objects.requireNonNull(reportBucket, "reportBucket");
        regions = List.copyOf(regions);
        accounts = List.copyOf(accounts);
        excludedAccounts = Set.copyOf(excludedAccounts);
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
    }

    public static OrgPlanConfig from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        String bucket = reader.required(BackupValidatorConfig.REPORT_BUCKET, "backup-sentinel-reports-123456789012");
        reader.required(ORG_REGIONS, "us-west-2,eu-west-1");
        List<String> regions = distinct(reader, ORG_REGIONS, REGION, "regions such as us-west-2,eu-west-1");
        if (regions.isEmpty()) {
            throw new ConfigurationException("Environment variable " + ORG_REGIONS + " must name at least one region"
                    + " (example: us-west-2,eu-west-1)");
        }
        List<String> accounts = distinct(reader, ORG_ACCOUNTS, ACCOUNT, "12-digit account ids");
        List<String> excluded = distinct(reader, ORG_EXCLUDED_ACCOUNTS, ACCOUNT, "12-digit account ids");
        return new OrgPlanConfig(bucket, regions, accounts, new LinkedHashSet<>(excluded),
                reader.optional(OrgShardConfig.METRICS_NAMESPACE, "BackupSentinel"));
    }

    /** Whether the accounts come from Organizations ListAccounts (ORG_ACCOUNTS empty). */
    public boolean listsOrganization() {
        return accounts.isEmpty();
    }

    /** A comma-separated list of values matching {@code pattern}, each once; empty when unset or blank. */
    private static List<String> distinct(ConfigReader reader, String name, Pattern pattern, String what) {
        List<String> values = reader.list(name, List.of());
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (!pattern.matcher(value).matches()) {
                throw new ConfigurationException("Environment variable " + name + " must be comma-separated " + what
                        + ", got '" + cut(value) + "'");
            }
            if (!seen.add(value)) {
                throw new ConfigurationException("Environment variable " + name + " lists " + value + " twice");
            }
        }
        return List.copyOf(seen);
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
