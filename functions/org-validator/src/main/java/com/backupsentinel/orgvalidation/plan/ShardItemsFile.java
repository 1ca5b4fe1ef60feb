package com.backupsentinel.orgvalidation.plan;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Distributed Map's items as its ItemReader reads them ({@code ReaderConfig.InputType: JSON}): one JSON array of
 * {@code {"accountId", "accountName", "region"}} objects, every account in every region, accounts in listing order,
 * one item a line. Written by Jackson's generator straight into the bytes (no tree of 15,000 nodes): about 90 bytes an
 * item.
 */
public final class ShardItemsFile {

    /** {@code [}, the items separated by {@code ,} and a line break, {@code ]}; nothing else between tokens. */
    private static final MinimalPrettyPrinter ONE_ITEM_A_LINE = new MinimalPrettyPrinter() {
        @Override
        public void writeStartArray(JsonGenerator json) throws IOException {
            json.writeRaw("[\n");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator json, int values) throws IOException {
            json.writeRaw("\n]");
        }
    };

    private ShardItemsFile() {
    }

    public static byte[] json(List<OrgAccount> accounts, List<String> regions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, accounts.size() * regions.size() * 90));
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(bytes)) {
            json.setPrettyPrinter(ONE_ITEM_A_LINE);
            json.writeStartArray();
            for (OrgAccount account : accounts) {
                for (String region : regions) {
                    json.writeStartObject();
                    json.writeStringField("accountId", account.accountId());
                    json.writeStringField("accountName", account.name());
                    json.writeStringField("region", region);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the shard items", e);
        }
        return bytes.toByteArray();
    }
}
