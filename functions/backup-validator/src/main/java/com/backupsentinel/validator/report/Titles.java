package com.backupsentinel.validator.report;

import java.util.List;

/** What a report says it validated: the account, the regions, the controls, the window and the estate's environments. */
final class Titles {

    private Titles() {
    }

    /** The account (with its alias when the report has one) and the regions, e.g. "123456789012 us-west-2". */
    static String account(ValidationReport report) {
        String id = report.accountId().isBlank() ? "this account" : report.accountId();
        String alias = report.accountAlias().isBlank() ? "" : report.accountAlias() + " ";
        return alias + id + " " + String.join(",", report.regions());
    }

    /** "Backup validation of account arrakis 123456789012 (us-west-2)". */
    static String title(ValidationReport report) {
        String alias = report.accountAlias().isBlank() ? "" : report.accountAlias() + " ";
        return "Backup validation of account " + alias + (report.accountId().isBlank() ? "(unknown)"
                : report.accountId()) + " (" + String.join(", ", report.regions()) + ")";
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
