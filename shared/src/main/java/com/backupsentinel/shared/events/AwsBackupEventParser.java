package com.backupsentinel.shared.events;

import com.backupsentinel.shared.json.JsonReader;
import com.backupsentinel.shared.json.MalformedJsonException;
import com.backupsentinel.shared.text.UntrustedText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an EventBridge event, as Lambda delivers it, into an {@link AwsBackupEvent}, tolerating the quirks of
 * real AWS Backup events (state vs status, sizes as text or numbers, {@code {}} for a missing ARN, non-ISO dates,
 * 13-digit account ids, missing optional fields) and rejecting, with a message that says why, anything that is
 * not JSON, not from {@code aws.backup}, or lacks what its detail-type needs (such as the job id). The event is read
 * with {@link JsonReader} (Jackson's rules without Jackson: its classes stay off the notifier's cold path).
 */
public final class AwsBackupEventParser {

    /** EventBridge's largest event (256 KiB); a bigger one was not sent by EventBridge and is not read. */
    public static final int MAX_EVENT_BYTES = 256 * 1024;
    /** How much of a source, detail-type or id an error message quotes. */
    private static final int NAME_ECHO = 100;

    private AwsBackupEventParser() {
    }

    public static AwsBackupEvent parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    public static AwsBackupEvent parse(byte[] json) {
        if (json.length > MAX_EVENT_BYTES) {
            throw new InvalidBackupEventException("Event is " + json.length + " bytes; EventBridge events are at most "
                    + MAX_EVENT_BYTES + " bytes");
        }
        Object root;
        try {
            root = JsonReader.read(json);
        } catch (MalformedJsonException e) {
            throw new InvalidBackupEventException("Event is not valid JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> event)) {
            throw new InvalidBackupEventException("Event must be a JSON object (an EventBridge event), got "
                    + JsonFields.kind(root));
        }
        return parse(event);
    }

    private static AwsBackupEvent parse(Map<?, ?> root) {
        JsonFields top = new JsonFields(root, "");
        String source = required(top, "source", "the event");
        if (!AwsBackupEvent.SOURCE.equals(source)) {
            throw new InvalidBackupEventException("Event source " + UntrustedText.quote(source, NAME_ECHO)
                    + " is not aws.backup: this function handles AWS Backup events only");
        }
        String detailType = required(top, "detail-type", "the event");
        String id = required(top, "id", "the " + UntrustedText.excerpt(detailType, NAME_ECHO) + " event");
        String where = UntrustedText.excerpt(detailType, NAME_ECHO) + " event " + UntrustedText.excerpt(id, NAME_ECHO);
        EventEnvelope envelope = new EventEnvelope(id, detailType, source,
                required(top, "account", where), requiredInstant(top, "time", where),
                required(top, "region", where), top.texts("resources"));
        if (!(root.get("detail") instanceof Map<?, ?> detailObject)) {
            throw new InvalidBackupEventException(where + " has no detail object");
        }
        JsonFields detail = new JsonFields(detailObject, "detail");
        BackupEventDetail parsed = DetailType.fromWireName(detailType)
                .map(type -> DetailParser.parse(type, detail, envelope))
                .orElseGet(() -> new UnknownBackupEventDetail(detailType,
                        detail.text("state").or(() -> detail.text("status")).map(DetailParser::upper),
                        detail.json()));
        return new AwsBackupEvent(envelope, parsed);
    }

    private static String required(JsonFields fields, String field, String where) {
        return fields.text(field).orElseThrow(() -> new InvalidBackupEventException(
                capitalize(where) + " lacks " + fields.name(field)));
    }

    private static Instant requiredInstant(JsonFields fields, String field, String where) {
        return fields.instant(field).orElseThrow(() -> new InvalidBackupEventException(
                capitalize(where) + " lacks " + fields.name(field)));
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The first resource ARN of the envelope, if any. */
    static Optional<String> firstResource(List<String> resources) {
        return resources.isEmpty() ? Optional.empty() : Optional.of(resources.get(0));
    }
}
