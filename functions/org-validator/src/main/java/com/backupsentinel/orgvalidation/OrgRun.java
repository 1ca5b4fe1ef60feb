package com.backupsentinel.orgvalidation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One execution of the org validation state machine: its name (the run id) and start time. Decides where the run's
 * objects go: {@code reports/org-validation/YYYY/MM/DD/<runId>/} (UTC date of the start), each shard's reports under
 * {@code shards/<account>/<region>/}, the org report beside them. Under {@code reports/}, so the bucket's report
 * lifecycle expires them like the single-account reports.
 */
public record OrgRun(String runId, Instant startedAt) {

    public static final String PREFIX = "reports/org-validation/";
    /** Step Functions execution names: 1 to 80 of these characters. */
    static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd/", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public OrgRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("runId must be 1 to 80 letters, digits, '-' or '_' (a Step Functions"
                    + " execution name), got '" + cut(runId) + "'");
        }
    }

    /** The run's folder, ending in '/'. */
    public String folder() {
        return PREFIX + FOLDER.format(startedAt) + runId + "/";
    }

    /** The folder of one shard's reports, ending in '/'. */
    public String shardFolder(String accountId, String region) {
        return folder() + "shards/" + accountId + "/" + region + "/";
    }

    static String cut(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
