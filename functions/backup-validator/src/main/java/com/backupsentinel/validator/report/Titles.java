package com.backupsentinel.validator.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a report says it validated: the account, the regions, the controls, the window and the estate's environments. */
final class Titles {

    private Titles() {
    }

    /**
     * The account for a digest subject, short: its alias when IAM told it, else its id, and the regions, e.g.
     * "arrakis-platform us-west-2" or "123456789012 us-west-2".
     */
    static String account(ValidationReport report) {
        String name = !report.accountAlias().isBlank() ? report.accountAlias()
                : report.accountId().isBlank() ? "this account" : report.accountId();
        return name + " " + String.join(",", report.regions());
    }

    /**
     * "Backup validation of account arrakis-platform (123456789012), us-west-2", or without an alias "Backup validation
     * of account 123456789012, us-west-2".
     */
    static String title(ValidationReport report) {
        String id = report.accountId().isBlank() ? "(unknown)" : report.accountId();
        String account = report.accountAlias().isBlank() ? id : report.accountAlias() + " (" + id + ")";
        return "Backup validation of account " + account + ", " + String.join(", ", report.regions());
    }

    /**
     * What was checked, truthfully: how many controls, over which jobs and accounts, the environments the estate's
     * plans, vaults and tags name (most critical first), and the environment the validator itself is deployed as.
     */
    static String scope(ValidationReport report) {
        List<String> found = new ArrayList<>(report.summary().estateEnvironments());
        found.sort(Comparator.comparingInt(Titles::criticality));
        return report.controls().size() + " controls, jobs created in the last " + report.lookbackHours() + " h, "
                + report.accounts() + "; estate: " + (found.isEmpty() ? "no environment named by its plans, vaults or"
                + " tags" : String.join(", ", found) + " (named by plans, vaults and Environment tags)")
                + "; validator deployed as " + report.environment();
    }

    private static int criticality(String environment) {
        return switch (environment) {
            case "production" -> 0;
            case "staging" -> 1;
            default -> 2;
        };
    }
}
