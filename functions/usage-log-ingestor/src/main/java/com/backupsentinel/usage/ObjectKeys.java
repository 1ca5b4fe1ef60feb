package com.backupsentinel.usage;

/** The bucket layout this function reads and writes. */
final class ObjectKeys {

    static final String USAGE_LOGS = "usage-logs/";
    static final String TERRAGRUNT = "terragrunt/";
    static final String QUARANTINE = "quarantine/";
    static final String REPORTS = "reports/usage/";
    static final String CONFIG_FILE = "config.yaml";
    static final String SIDECAR_SUFFIX = ".reason.json";

    private ObjectKeys() {
    }

    static ObjectKind classify(String key) {
        if (key.endsWith("/")) {
            return ObjectKind.FOLDER_MARKER;
        }
        if (key.startsWith(USAGE_LOGS)) {
            return ObjectKind.USAGE_LOG;
        }
        if (key.startsWith(TERRAGRUNT) && key.endsWith("/" + CONFIG_FILE)
                && key.split("/", -1).length == 3) {
            return ObjectKind.CONFIG_BACKUP;
        }
        return ObjectKind.NOT_TRACKED;
    }

    /** Where a quarantined copy of {@code key} goes. */
    static String quarantineKey(String key) {
        return QUARANTINE + key;
    }

    /** The sidecar that says why {@code key} was quarantined. */
    static String sidecarKey(String key) {
        return QUARANTINE + key + SIDECAR_SUFFIX;
    }

    /** The customer folder of a {@code terragrunt/<customer>/config.yaml} key. */
    static String configCustomer(String key) {
        return key.substring(TERRAGRUNT.length(), key.length() - CONFIG_FILE.length() - 1);
    }

    /** The key of the backup that a deployment of {@code customer} should have written. */
    static String configKey(String customer) {
        return TERRAGRUNT + customer + "/" + CONFIG_FILE;
    }
}
