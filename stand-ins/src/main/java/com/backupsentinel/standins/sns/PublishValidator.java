package com.backupsentinel.standins.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/** SNS's checks on a message before it is accepted, with SNS's error codes and messages. */
final class PublishValidator {

    static final int MAX_MESSAGE_BYTES = 256 * 1024;
    private static final int MAX_SUBJECT_CHARS = 100;
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,256}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PublishValidator() {
    }

    static void validate(PublishInput input) {
        if (input.message() == null || input.message().isEmpty()) {
            throw SnsError.invalidParameter("Empty message");
        }
        if (input.subject() != null) {
            validateSubject(input.subject());
        }
        if (input.messageStructure() != null) {
            validateStructure(input.messageStructure(), input.message());
        }
        int size = input.message().getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, MessageAttribute> attribute : input.attributes().entrySet()) {
            validateAttribute(attribute.getKey(), attribute.getValue());
            size += utf8(attribute.getKey()) + utf8(attribute.getValue().dataType()) + utf8(attribute.getValue().value());
        }
        if (size > MAX_MESSAGE_BYTES) {
            throw SnsError.invalidParameter("Message too long");
        }
    }

    private static void validateSubject(String subject) {
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT_CHARS) {
            throw SnsError.invalidParameter("Subject");
        }
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw SnsError.invalidParameter("Subject");
            }
        }
    }

    private static void validateStructure(String structure, String message) {
        if (!structure.equals("json")) {
            throw SnsError.invalidParameter("MessageStructure");
        }
        JsonNode body;
        try {
            body = JSON.readTree(message);
        } catch (IOException e) {
            throw SnsError.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (body == null || !body.isObject()) {
            throw SnsError.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (!body.has("default") || !body.get("default").isTextual()) {
            throw SnsError.invalidParameter("Message Structure - No default entry in JSON message body");
        }
    }

    private static void validateAttribute(String name, MessageAttribute attribute) {
        if (!ATTRIBUTE_NAME.matcher(name).matches() || name.startsWith("AWS.") || name.startsWith("Amazon.")
                || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw SnsError.invalidParameter("Message attribute name '" + name + "' is invalid");
        }
        String type = attribute.dataType();
        if (type == null || type.isEmpty()) {
            throw SnsError.invalidValue("The message attribute '" + name + "' must contain non-empty message attribute type.");
        }
        String baseType = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        if (!baseType.equals("String") && !baseType.equals("Number") && !baseType.equals("Binary")) {
            throw SnsError.invalidValue("The message attribute '" + name + "' has an invalid message attribute type, "
                    + "the set of supported type prefixes is Binary, Number, and String.");
        }
        if (attribute.value() == null || attribute.value().isEmpty()) {
            throw SnsError.invalidValue("The message attribute '" + name
                    + "' must contain non-empty message attribute value for message attribute type '" + baseType + "'.");
        }
        if (baseType.equals("Number")) {
            try {
                new BigDecimal(attribute.value());
            } catch (NumberFormatException e) {
                throw SnsError.invalidValue("Could not cast message attribute '" + name + "' value to number.");
            }
        }
    }

    private static int utf8(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }
}
