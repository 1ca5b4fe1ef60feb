package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.DetailType;

/** The one sentence at the top of an alert that says what happened. */
final class Summaries {

    private Summaries() {
    }

    static String sentence(AlertFacts facts, Classification classification) {
        if (facts.type().isEmpty()) {
            return "AWS Backup sent a '" + facts.envelope().detailType() + "' event (" + facts.stateOrChange()
                    + ") that this function does not model; its detail is shown below.";
        }
        DetailType type = facts.type().get();
        String condition = classification.condition();
        if (type == DetailType.BACKUP_VAULT) {
            if (condition.equals(SeverityPolicy.LOCK_REMOVED)) {
                return "Backup vault " + facts.identifier() + " was modified and reports that it is no longer "
                        + "locked: vault lock no longer protects its recovery points from deletion.";
            }
            return "Backup vault " + facts.identifier() + " was " + AlertComposer.lower(condition) + ".";
        }
        if (type == DetailType.BACKUP_PLAN) {
            String tail = condition.equals("DELETED")
                    ? ": the resources it selected are no longer backed up by it." : ".";
            String plan = facts.backupPlanName().map(name -> name + " (" + facts.identifier() + ")")
                    .orElse(facts.identifier());
            return "Backup plan " + plan + " was " + AlertComposer.lower(condition) + tail;
        }
        String subject = "The " + AlertComposer.lower(facts.noun()) + " for " + AlertComposer.subjectName(facts);
        return subject + " " + phrase(type, condition) + ".";
    }

    private static String phrase(DetailType type, String condition) {
        switch (condition) {
            case "FAILED":
                return "failed";
            case "EXPIRED":
                return type == DetailType.RECOVERY_POINT ? "expired" : "expired before it could run";
            case "ABORTED":
                return "was aborted";
            case SeverityPolicy.WITH_ISSUES:
                return "completed with issues";
            case "COMPLETED":
                return "completed";
            case "PARTIAL":
                return "completed only partially";
            case "RUNNING":
                return "is running";
            case "CREATED":
                return "was created";
            case "PENDING":
                return "is pending";
            case "STOPPED":
                return "stopped";
            default:
                return "is now " + condition;
        }
    }
}
