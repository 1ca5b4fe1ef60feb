package com.backupsentinel.ondemand.service;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Lays out the configuration backup document (format version 1). */
final class ConfigDocument {

    static final int FORMAT_VERSION = 1;

    /** One object of the report bucket copied into the document. */
    record ConfigObject(String key, byte[] content) {
    }

    private ConfigDocument() {
    }

    static ObjectNode build(RequestRecord record, ServiceSettings settings, BackupConfiguration configuration) {
        ObjectNode document = Json.mapper().createObjectNode();
        document.put("formatVersion", FORMAT_VERSION);
        ObjectNode request = document.putObject("request");
        request.put("timestamp", record.timestamp());
        request.put("requestedAt", record.requestedAt().toString());
        request.put("requestedBy", record.caller().userArn());
        request.put("region", settings.region());
        document.set("backupVault", configuration.backupVault());
        document.set("backupVaultAccessPolicy", configuration.accessPolicy().orElse(null));
        document.set("backupVaultNotifications", configuration.notifications().orElse(null));
        document.set("backupPlan", configuration.backupPlan().orElse(null));
        ArrayNode selections = document.putArray("backupSelections");
        configuration.selections().forEach(selections::add);
        return document;
    }

    static void addObjects(ObjectNode document, List<ConfigObject> objects) {
        ArrayNode array = document.putArray("configObjects");
        for (ConfigObject object : objects) {
            ObjectNode node = array.addObject();
            node.put("key", object.key());
            Optional<String> text = utf8(object.content());
            if (text.isPresent()) {
                node.put("content", text.get());
            } else {
                node.put("contentBase64", Base64.getEncoder().encodeToString(object.content()));
            }
        }
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
