package com.backupsentinel.usage;

import java.util.regex.Pattern;

/**
 * A valid usage-log key, {@code usage-logs/<customer>/<name>.json}: the customer folder follows
 * {@link CustomerNames}; the file name is 1 to 128 characters from {@code A-Z a-z 0-9 . _ -} ending in
 * {@code .json} (the module writes {@code YYYY-MM-DD_HHMMSS.json}).
 */
record UsageLogKey(String key, String customer, String fileName) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,122}\\.json");

    static UsageLogKey parse(String key) {
        if (!key.startsWith(ObjectKeys.USAGE_LOGS)) {
            throw new InvalidUsageLogException(QuarantineReason.KEY_INVALID,
                    "the key " + Texts.quote(key) + " is not under " + ObjectKeys.USAGE_LOGS);
        }
        String[] segments = key.split("/", -1);
        if (segments.length != 3) {
            throw new InvalidUsageLogException(QuarantineReason.KEY_INVALID, "the key " + Texts.quote(key)
                    + " must be usage-logs/<customer>/<name>.json (exactly one customer folder)");
        }
        String customer = segments[1];
        CustomerNames.problem(customer).ifPresent(problem -> {
            throw new InvalidUsageLogException(QuarantineReason.CUSTOMER_INVALID, "in the key: " + problem);
        });
        String fileName = segments[2];
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new InvalidUsageLogException(QuarantineReason.KEY_INVALID, "the file name " + Texts.quote(fileName)
                    + " must be 1 to 128 characters from A-Z a-z 0-9 . _ - ending in .json");
        }
        return new UsageLogKey(key, customer, fileName);
    }
}
