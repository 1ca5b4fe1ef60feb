package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.orgvalidation.OrgRun;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a Map item ({@code {"accountId", "accountName", "region", "runId", "runStartedAt"}}) into a
 * {@link ShardRequest}; anything else is refused with a message naming the field, so a template edit that breaks the
 * ItemSelector fails every shard loudly instead of validating the wrong account.
 */
public final class ShardRequestParser {

    static final Set<String> FIELDS = Set.of("accountId", "accountName", "region", "runId", "runStartedAt");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final int MAX_NAME = 50;
    private static final int MAX_ECHO = 80;

    private ShardRequestParser() {
    }

    public static ShardRequest parse(Map<String, Object> input) {
        if (input == null) {
            throw new InvalidShardRequestException("The shard input is empty: expected {\"accountId\", \"region\","
                    + " \"runId\", \"runStartedAt\"} from the Map's ItemSelector");
        }
        Set<String> unknown = new TreeSet<>(input.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw new InvalidShardRequestException("Unknown field(s) " + echo(String.valueOf(unknown))
                    + " in the shard input; expected " + new TreeSet<>(FIELDS));
        }
        String account = text(input, "accountId", true);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new InvalidShardRequestException("accountId must be a 12-digit account id, got '" + echo(account)
                    + "'");
        }
        String region = text(input, "region", true);
        if (!REGION.matcher(region).matches()) {
            throw new InvalidShardRequestException("region must be a region such as us-west-2, got '" + echo(region)
                    + "'");
        }
        String name = text(input, "accountName", false);
        if (name.length() > MAX_NAME) {
            throw new InvalidShardRequestException("accountName must be at most " + MAX_NAME
                    + " characters (Organizations' limit), got " + name.length());
        }
        String runId = text(input, "runId", true);
        String started = text(input, "runStartedAt", true);
        Instant startedAt;
        try {
            startedAt = Instant.parse(started);
        } catch (DateTimeParseException e) {
            throw new InvalidShardRequestException("runStartedAt must be an ISO-8601 time such as"
                    + " 2026-11-22T06:30:00.123Z ($$.Execution.StartTime), got '" + echo(started) + "'");
        }
        try {
            return new ShardRequest(account, name, region, new OrgRun(runId, startedAt));
        } catch (IllegalArgumentException e) {
            throw new InvalidShardRequestException(e.getMessage());
        }
    }

    private static String text(Map<String, Object> input, String field, boolean required) {
        Object value = input.get(field);
        if (value == null) {
            if (required) {
                throw new InvalidShardRequestException(field + " is required in the shard input");
            }
            return "";
        }
        if (!(value instanceof String text)) {
            throw new InvalidShardRequestException(field + " must be a string, got " + value.getClass().getSimpleName());
        }
        return text.trim();
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
    }
}
