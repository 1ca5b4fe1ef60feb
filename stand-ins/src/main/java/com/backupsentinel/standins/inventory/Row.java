package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * One job or recovery point held compactly: its wire JSON as bytes plus the few members that sorting and filters
 * need, so an inventory of 100,000 jobs is filtered without parsing or copying JSON per request.
 */
public final class Row {

    private static final RowField[] FIELDS = RowField.values();

    private final RowKind kind;
    private final String id;
    private final long created;
    private final long completed;
    private final String[] values;
    private final byte[] json;

    private Row(RowKind kind, String id, long created, long completed, String[] values, byte[] json) {
        this.kind = kind;
        this.id = id;
        this.created = created;
        this.completed = completed;
        this.values = values;
        this.json = json;
    }

    /** Indexes a wire-form item; fails with a message naming the kind when the id or CreationDate is missing. */
    static Row of(RowKind kind, ObjectNode wire, Interner interner) {
        JsonNode idNode = wire.get(kind.idMember());
        if (idNode == null || !idNode.isTextual() || idNode.asText().isEmpty()) {
            throw new IllegalArgumentException(kind + " item has no " + kind.idMember() + ": " + abbreviate(wire));
        }
        long created = WireJson.instantOf(wire.get("CreationDate"))
                .orElseThrow(() -> new IllegalArgumentException(kind + " " + idNode.asText() + " has no CreationDate"))
                .toEpochMilli();
        long completed = WireJson.instantOf(wire.get("CompletionDate")).map(i -> i.toEpochMilli()).orElse(Long.MIN_VALUE);
        String[] values = new String[FIELDS.length];
        for (RowField field : FIELDS) {
            String[] path = kind.path(field);
            if (path != null) {
                values[field.ordinal()] = interner.intern(text(wire, path));
            }
        }
        return new Row(kind, idNode.asText(), created, completed, values, WireJson.bytes(wire));
    }

    /** Re-indexes a changed copy of this row's JSON (same id and kind). */
    Row withJson(ObjectNode wire, Interner interner) {
        return of(kind, wire, interner);
    }

    private static String text(JsonNode node, String[] path) {
        JsonNode current = node;
        for (String member : path) {
            current = current == null ? null : current.get(member);
        }
        return current == null || current.isNull() ? null : current.asText();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    public RowKind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** CreationDate in epoch milliseconds. */
    public long created() {
        return created;
    }

    /** CompletionDate in epoch milliseconds, if the item has one. */
    public Optional<Long> completed() {
        return completed == Long.MIN_VALUE ? Optional.empty() : Optional.of(completed);
    }

    /** The member behind {@code field}, or null when absent. */
    public String get(RowField field) {
        return values[field.ordinal()];
    }

    /** Writes the item's wire JSON. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(json);
    }

    /** A fresh, mutable tree of the item's wire JSON. */
    public ObjectNode tree() {
        return WireJson.parseObject(json);
    }

    /** Sort order of every list: newest first, then by id. */
    static int compare(Row a, Row b) {
        return compare(a.created, a.id, b.created, b.id);
    }

    static int compare(long createdA, String idA, long createdB, String idB) {
        int byTime = Long.compare(createdB, createdA);
        return byTime != 0 ? byTime : idA.compareTo(idB);
    }
}
