package com.backupsentinel.auditexport;

import com.backupsentinel.shared.text.UntrustedText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a schedule or an operator asked for: {@code {"action": "export"}} (optionally {@code "day": "YYYY-MM-DD"}),
 * {@code {"action": "purge"}}, or {@code {"action": "replay", "lines": ["{...}", ...]}} to put back audit events
 * whose write failed (the {@code auditLine} values their functions logged).
 */
record AuditCommand(Action action, Optional<LocalDate> day, List<String> lines) {

    enum Action {
        EXPORT,
        PURGE,
        REPLAY
    }

    private static final Set<String> FIELDS = Set.of("action", "day", "lines");
    /** How much of a name or value an error message quotes. */
    private static final int ECHO = 80;

    AuditCommand {
        lines = List.copyOf(lines);
    }

    static AuditCommand parse(Map<String, Object> payload) {
        if (payload == null) {
            throw new IllegalArgumentException("Payload must be a JSON object such as {\"action\": \"export\"}");
        }
        Set<String> unknown = new TreeSet<>(payload.keySet());
        unknown.removeAll(FIELDS);
        if (!unknown.isEmpty()) {
            String shown = unknown.stream().limit(5).map(name -> UntrustedText.excerpt(name, ECHO))
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("Unknown payload field(s) [" + shown
                    + (unknown.size() > 5 ? " and " + (unknown.size() - 5) + " more" : "")
                    + "]; allowed: action, day, lines");
        }
        Object action = payload.get("action");
        Action parsed;
        if ("export".equals(action)) {
            parsed = Action.EXPORT;
        } else if ("purge".equals(action)) {
            parsed = Action.PURGE;
        } else if ("replay".equals(action)) {
            parsed = Action.REPLAY;
        } else {
            throw new IllegalArgumentException("Field 'action' must be \"export\", \"purge\" or \"replay\", got "
                    + (action == null ? "nothing" : UntrustedText.quote(String.valueOf(action), ECHO)));
        }
        List<String> lines = lines(parsed, payload.get("lines"));
        Object day = payload.get("day");
        if (day == null) {
            return new AuditCommand(parsed, Optional.empty(), lines);
        }
        if (parsed != Action.EXPORT) {
            throw new IllegalArgumentException("Field 'day' applies to export only; purge follows the retention");
        }
        try {
            return new AuditCommand(parsed, Optional.of(LocalDate.parse(String.valueOf(day))), lines);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Field 'day' must be a date such as 2026-11-21, got "
                    + UntrustedText.quote(String.valueOf(day), ECHO), e);
        }
    }

    private static List<String> lines(Action action, Object value) {
        if (action != Action.REPLAY) {
            if (value != null) {
                throw new IllegalArgumentException("Field 'lines' applies to replay only");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("Field 'lines' must be a list of the auditLine strings to replay, got "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        List<String> lines = new ArrayList<>();
        for (Object line : list) {
            if (!(line instanceof String text)) {
                throw new IllegalArgumentException("Field 'lines' must hold strings (each one auditLine), got "
                        + (line == null ? "null" : line.getClass().getSimpleName()));
            }
            lines.add(text);
        }
        return lines;
    }
}
