package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.inventory.Row;
import com.backupsentinel.standins.inventory.RowPage;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A successful response: status and JSON body.
 *
 * @param status the HTTP status
 * @param body   the JSON body (empty for operations without output members)
 */
record Reply(int status, byte[] body) {

    static Reply json(JsonNode node) {
        return new Reply(200, WireJson.bytes(node));
    }

    static Reply empty() {
        return new Reply(200, new byte[0]);
    }

    /** {@code {"<member>":[rows...],"NextToken":"..."}} written straight from the rows' stored JSON. */
    static Reply rows(String member, RowPage page) {
        return rows(member, page, Optional.empty());
    }

    static Reply rows(String member, RowPage page, Optional<RowProjection> projection) {
        return rows(member, page, projection, "NextToken");
    }

    /** The same, for a response whose next-page member is spelled {@code tokenMember}. */
    static Reply rows(String member, RowPage page, Optional<RowProjection> projection, String tokenMember) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.rows().size() * 1024);
        try {
            out.write(("{\"" + member + "\":[").getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (Row row : page.rows()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                if (projection.isPresent()) {
                    out.write(WireJson.bytes(projection.get().project(row)));
                } else {
                    row.writeTo(out);
                }
            }
            out.write(']');
            if (page.next().isPresent()) {
                out.write((",\"" + tokenMember + "\":").getBytes(StandardCharsets.UTF_8));
                out.write(WireJson.bytes(TextNode.valueOf(page.next().get().encode())));
            }
            out.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(200, out.toByteArray());
    }

    /** Re-shapes a stored row for an operation whose items differ from the stored shape. */
    interface RowProjection {
        JsonNode project(Row row);
    }
}
