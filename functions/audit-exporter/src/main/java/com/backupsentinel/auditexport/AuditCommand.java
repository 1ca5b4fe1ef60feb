package com.backupsentinel.auditexport;

import com.backupsentinel.shared.text.UntrustedText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a schedule or an operator asked for: {@code {"action": "export"}} (optionally {@code "day": "YYYY-MM-DD"})
 * or {@code {"action": "purge"}}.
 */
record AuditCommand(Action action, Optional<LocalDate> day) {

    enum Action {
        EXPORT,
        PURGE
    }

    private static final Set<String> FIELDS = Set.of("action", "day");
    /** How much of a name or value an error message quotes. */
    private static final int ECHO = 80;

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
                    + (unknown.size() > 5 ? " and " + (unknown.size() - 5) + " more" : "") + "]; allowed: action, day");
        }
        Object action = payload.get("action");
        Action parsed;
        if ("export".equals(action)) {
            parsed = Action.EXPORT;
        } else if ("purge".equals(action)) {
            parsed = Action.PURGE;
        } else {
            throw new IllegalArgumentException("Field 'action' must be \"export\" or \"purge\", got "
                    + (action == null ? "nothing" : UntrustedText.quote(String.valueOf(action), ECHO)));
        }
        Object day = payload.get("day");
        if (day == null) {
            return new AuditCommand(parsed, Optional.empty());
        }
        if (parsed == Action.PURGE) {
            throw new IllegalArgumentException("Field 'day' applies to export only; purge follows the retention");
        }
        try {
            return new AuditCommand(parsed, Optional.of(LocalDate.parse(String.valueOf(day))));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Field 'day' must be a date such as 2026-11-21, got "
                    + UntrustedText.quote(String.valueOf(day), ECHO), e);
        }
    }
}
