package com.backupsentinel.notifier;

import com.backupsentinel.shared.events.DetailType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Links to the alert's subject in the AWS Backup console. */
final class ConsoleLinks {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final String FALLBACK = "https://console.aws.amazon.com/backup/home";

    private ConsoleLinks() {
    }

    static String forAlert(AlertFacts facts) {
        String region = facts.envelope().region();
        if (!REGION.matcher(region).matches()) {
            return FALLBACK;
        }
        String base = "https://" + region + ".console.aws.amazon.com/backup/home?region=" + region + "#/";
        if (facts.type().isEmpty()) {
            return base + "dashboard";
        }
        DetailType type = facts.type().get();
        String id = encode(facts.identifier());
        switch (type) {
            case BACKUP_JOB:
                return base + "jobs/backup/details/" + id;
            case COPY_JOB:
                return base + "jobs/copy/details/" + id;
            case RESTORE_JOB:
                return base + "jobs/restore/details/" + id;
            case RECOVERY_POINT:
                return facts.backupVaultName()
                        .map(vault -> base + "backupvaults/details/" + encode(vault) + "/" + id)
                        .orElse(base + "backupvaults");
            case BACKUP_VAULT:
                return base + "backupvaults/details/" + id;
            case BACKUP_PLAN:
                return base + "backupplan/details/" + id;
            default:
                return base + "dashboard";
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
