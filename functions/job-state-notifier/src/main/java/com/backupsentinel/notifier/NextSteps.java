package com.backupsentinel.notifier;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.events.DetailType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the on-call engineer should look at first, given what happened. */
final class NextSteps {

    private NextSteps() {
    }

    static List<String> of(AlertFacts facts, Classification classification) {
        List<String> steps = new ArrayList<>();
        String condition = classification.condition();
        String message = facts.statusMessage().orElse("").toLowerCase(Locale.ROOT);
        if (message.contains("access denied") || message.contains("not authorized")
                || message.contains("accessdenied") || message.contains("permission")
                || message.contains("privileges")) {
            steps.add("Check that the IAM role " + facts.iamRoleArn().orElse("AWS Backup uses")
                    + " is allowed to act on this resource (and its KMS key, if it is encrypted).");
        }
        if (message.contains("does not exist") || message.contains("not found")) {
            steps.add("Check that the resource and the backup vault named in the status message still exist.");
        }
        DetailType type = facts.type().orElse(null);
        if (type == DetailType.BACKUP_VAULT && classification.severity() == Severity.ERROR) {
            steps.add("Confirm in CloudTrail that this vault change was approved (DeleteBackupVault, "
                    + "DeleteBackupVaultLockConfiguration) and restore the vault lock if it was not.");
        } else if (type == DetailType.BACKUP_PLAN && classification.severity() == Severity.ERROR) {
            steps.add("Confirm in CloudTrail that DeleteBackupPlan was intended; resources it selected are "
                    + "unprotected until another plan covers them.");
        } else if (condition.equals("EXPIRED") && type != DetailType.RECOVERY_POINT) {
            steps.add("The job did not start within its start window: look for other jobs on the same resource "
                    + "and consider a longer start window in the backup rule.");
        } else if (condition.equals("ABORTED")) {
            steps.add("Find who or what stopped the job (CloudTrail StopBackupJob) and run it again if needed.");
        } else if (condition.equals(SeverityPolicy.WITH_ISSUES) || condition.equals("PARTIAL")) {
            steps.add("Read the status message; if it is a known, harmless reason, add a pattern for it to "
                    + "BENIGN_STATUS_PATTERNS.");
        } else if (condition.equals("FAILED")) {
            steps.add(failedStep(type));
        } else if (type == DetailType.RECOVERY_POINT && classification.severity() == Severity.WARNING) {
            steps.add("Check the recovery point's lifecycle and whether a newer recovery point covers the resource.");
        }
        facts.enrichmentFailure().ifPresent(failure -> steps.add(lookUpStep(failure)));
        return List.copyOf(steps);
    }

    private static String failedStep(DetailType type) {
        if (type == DetailType.COPY_JOB) {
            return "Read the status message, fix the cause and copy the recovery point again: until then the "
                    + "destination vault has no copy of it.";
        }
        if (type == DetailType.RESTORE_JOB) {
            return "Read the status message, fix the cause and start the restore again.";
        }
        return "Read the status message and the job in the console, fix the cause, then run an on-demand backup "
                + "so the resource is protected again.";
    }

    private static String lookUpStep(EnrichmentFailure failure) {
        String reason = failure.reason().toLowerCase(Locale.ROOT);
        if (reason.contains("accessdenied") || reason.contains("not authorized")) {
            return "Allow JobStateNotifierFunction to call backup:" + failure.operation()
                    + " so later alerts carry the full details.";
        }
        return "Some details could not be fetched (" + failure.operation() + " failed): see them in the console.";
    }
}
