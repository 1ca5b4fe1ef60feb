package com.backupsentinel.validator;

import com.backupsentinel.shared.text.UntrustedText;
import com.backupsentinel.validator.controls.ControlId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what the function received into a {@link ValidationRequest}: an EventBridge "Scheduled Event" envelope,
 * or a direct-invoke payload such as {@code {"send_full_report": true, "lookback_hours": 72}}. Unknown payload
 * fields and wrongly typed values are rejected with a message naming them.
 */
final class ValidationRequestParser {

    static final List<String> FIELDS = List.of("send_full_report", "lookback_hours", "accounts", "regions",
            "controls");
    static final int MAX_LOOKBACK_HOURS = 2160;

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final int ECHO = 80;
    private static final int NAMES = 5;
    /**
     * Most entries of a list field: more regions than AWS has, more accounts than one run lists; checked before
     * anything is evaluated, so a payload cannot order thousands of regional runs.
     */
    static final int MAX_LIST = 100;

    private ValidationRequestParser() {
    }

    static ValidationRequest parse(Map<String, Object> input) {
        if (input == null || input.isEmpty()) {
            return ValidationRequest.scheduled();
        }
        if ("Scheduled Event".equals(input.get("detail-type")) && "aws.events".equals(input.get("source"))) {
            return ValidationRequest.scheduled();
        }
        Set<String> unknown = new TreeSet<>(input.keySet());
        FIELDS.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Unknown payload field" + (unknown.size() > 1 ? "s" : "") + ": "
                    + names(unknown) + " (allowed: " + String.join(", ", FIELDS) + ")");
        }
        return new ValidationRequest(ValidationRequest.Trigger.DIRECT, bool(input, "send_full_report"),
                lookback(input), accounts(input), regions(input), controls(input));
    }

    private static boolean bool(Map<String, Object> input, String field) {
        Object value = input.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            throw new InvalidRequestException("Payload field " + field + " must be true or false, got " + show(value));
        }
        return (Boolean) value;
    }

    private static OptionalInt lookback(Map<String, Object> input) {
        Object value = input.get("lookback_hours");
        if (value == null) {
            return OptionalInt.empty();
        }
        boolean whole = value instanceof Integer || value instanceof Long
                || value instanceof Number && ((Number) value).doubleValue() == Math.rint(((Number) value).doubleValue());
        long hours = value instanceof Number ? ((Number) value).longValue() : -1;
        if (!whole || hours < 1 || hours > MAX_LOOKBACK_HOURS) {
            throw new InvalidRequestException("Payload field lookback_hours must be a whole number of hours from 1 to "
                    + MAX_LOOKBACK_HOURS + ", got " + show(value));
        }
        return OptionalInt.of((int) hours);
    }

    private static List<String> accounts(Map<String, Object> input) {
        List<String> accounts = strings(input, "accounts");
        if (accounts.contains("*") && accounts.size() > 1) {
            throw new InvalidRequestException("Payload field accounts must be [\"*\"] alone or a list of 12-digit"
                    + " account ids, got " + show(accounts));
        }
        for (String account : accounts) {
            if (!account.equals("*") && !ACCOUNT.matcher(account).matches()) {
                throw new InvalidRequestException("Payload field accounts must hold \"*\" or 12-digit account ids, got "
                        + show(account));
            }
        }
        return accounts;
    }

    private static List<String> regions(Map<String, Object> input) {
        List<String> regions = strings(input, "regions");
        for (String region : regions) {
            if (!REGION.matcher(region).matches()) {
                throw new InvalidRequestException("Payload field regions must hold region codes such as us-west-2, got "
                        + show(region));
            }
        }
        return regions;
    }

    private static Set<ControlId> controls(Map<String, Object> input) {
        List<String> names = strings(input, "controls");
        if (names.isEmpty()) {
            return EnumSet.allOf(ControlId.class);
        }
        Set<ControlId> controls = EnumSet.noneOf(ControlId.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            ControlId.fromWireName(name).ifPresentOrElse(controls::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Unknown control" + (unknown.size() > 1 ? "s" : "") + " in controls: "
                    + names(unknown) + " (known: " + Arrays.stream(ControlId.values())
                    .map(ControlId::wireName).collect(Collectors.joining(", ")) + ")");
        }
        return controls;
    }

    private static List<String> strings(Map<String, Object> input, String field) {
        Object value = input.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw new InvalidRequestException("Payload field " + field + " must be a list of strings, got "
                    + show(value));
        }
        List<?> list = (List<?>) value;
        if (list.size() > MAX_LIST) {
            throw new InvalidRequestException("Payload field " + field + " must list at most " + MAX_LIST
                    + " entries, got " + list.size());
        }
        Set<String> items = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String) || ((String) item).isBlank()) {
                throw new InvalidRequestException("Payload field " + field + " must be a list of strings, got "
                        + show(value));
            }
            items.add(((String) item).trim());
        }
        if (items.isEmpty()) {
            throw new InvalidRequestException("Payload field " + field + " must not be an empty list");
        }
        return List.copyOf(items);
    }

    /** Caller input in a message: at most {@value #ECHO} characters of it, control characters made visible. */
    private static String show(Object value) {
        if (value instanceof String) {
            return "\"" + UntrustedText.excerpt((String) value, ECHO) + "\"";
        }
        return UntrustedText.excerpt(String.valueOf(value), ECHO);
    }

    /** The first {@value #NAMES} names, each as {@link #show} cuts it, and how many more there are. */
    private static String names(Collection<String> names) {
        String shown = names.stream().limit(NAMES).map(name -> UntrustedText.excerpt(name, ECHO))
                .collect(Collectors.joining(", "));
        return names.size() > NAMES ? shown + " and " + (names.size() - NAMES) + " more" : shown;
    }
}
