package com.backupsentinel.orgvalidation.plan;

import com.backupsentinel.orgvalidation.OrgRun;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the PlanShards task's payload ({@code {"runId": $$.Execution.Name, "runStartedAt": $$.Execution.StartTime}})
 * into a {@link PlanRequest}; anything else is refused with a message naming the field, so a template edit that
 * breaks the payload fails the run loudly instead of planning under the wrong folder.
 */
public final class PlanRequestParser {

    static final Set<String> FIELDS = Set.of("runId", "runStartedAt");
    private static final int MAX_ECHO = 80;

    private PlanRequestParser() {
    }

    public static PlanRequest parse(Map<String, Object> input) {
        if (input == null) {
            throw new InvalidPlanRequestException("The plan input is empty: expected {\"runId\", \"runStartedAt\"} from"
                    + " the PlanShards task");
        }
        Set<String> unknown = new TreeSet<>(input.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            throw new InvalidPlanRequestException("Unknown field(s) " + echo(String.valueOf(unknown))
                    + " in the plan input; expected " + new TreeSet<>(FIELDS));
        }
        String runId = text(input, "runId");
        String started = text(input, "runStartedAt");
        Instant startedAt;
        try {
            startedAt = Instant.parse(started);
        } catch (DateTimeParseException e) {
            throw new InvalidPlanRequestException("runStartedAt must be an ISO-8601 time such as"
                    + " 2026-11-22T06:30:00.123Z ($$.Execution.StartTime), got '" + echo(started) + "'");
        }
        try {
            return new PlanRequest(new OrgRun(runId, startedAt));
        } catch (IllegalArgumentException e) {
            throw new InvalidPlanRequestException(e.getMessage());
        }
    }

    private static String text(Map<String, Object> input, String field) {
        Object value = input.get(field);
        if (value == null) {
            throw new InvalidPlanRequestException(field + " is required in the plan input");
        }
        if (!(value instanceof String text)) {
            throw new InvalidPlanRequestException(field + " must be a string, got " + value.getClass().getSimpleName());
        }
        return text.trim();
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
    }
}
