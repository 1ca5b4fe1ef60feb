package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * An SDK request as JSON with the API's member names ({@code BackupVaultName}, {@code IamRoleArn}, ...), the
 * shape the AWS API reference and {@code aws ... --generate-cli-skeleton} show. Members left unset are omitted.
 */
final class SdkRequestJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkRequestJson() {
    }

    static JsonNode of(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                node.set(field.memberName(), value(value));
            }
        }
        return node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof SdkPojo) {
            return of((SdkPojo) value);
        }
        if (value instanceof List) {
            ArrayNode array = NODES.arrayNode();
            ((List<?>) value).forEach(item -> array.add(item == null ? NODES.nullNode() : value(item)));
            return array;
        }
        if (value instanceof Map) {
            ObjectNode object = NODES.objectNode();
            ((Map<?, ?>) value).forEach((key, item) -> object.set(String.valueOf(key),
                    item == null ? NODES.nullNode() : value(item)));
            return object;
        }
        if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number) {
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        if (value instanceof Instant) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof SdkBytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe()));
        }
        return NODES.textNode(String.valueOf(value));
    }
}
