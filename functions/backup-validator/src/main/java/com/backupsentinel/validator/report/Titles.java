package com.backupsentinel.validator.report;

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

    /** What was checked, truthfully: controls, window, the environments found, and where the validator is deployed. */
    static String scope(ValidationReport report) {
        List<String> found = report.summary().estateEnvironments();
        return report.controls().size() + " controls over the last " + report.lookbackHours() + " h of jobs of "
                + report.accounts() + "; estate: " + (found.isEmpty() ? "no environment named by its plans, vaults"
                + " or tags" : String.join(", ", found) + " (by plan and vault names and Environment tags)")
                + "; validator deployed as " + report.environment();
    }
}
