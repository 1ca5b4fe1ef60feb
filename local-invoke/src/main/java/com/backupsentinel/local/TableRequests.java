package com.backupsentinel.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * CreateTable requests from AWS::DynamoDB::Table properties (key schema, attribute definitions, GSIs, LSIs,
 * billing, streams) and from AWS::Serverless::SimpleTable's PrimaryKey (default {@code id}, String).
 */
final class TableRequests {

    private TableRequests() {
    }

    static CreateTableRequest create(StatefulResource table) {
        Map<String, Object> properties = table.properties();
        String where = "Resources." + table.logicalId() + ".Properties";
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(table.name());
        if (!properties.containsKey("KeySchema")) {
            return simpleTable(request, properties, where);
        }
        request.keySchema(keySchema(properties.get("KeySchema"), where + ".KeySchema"));
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (Map<String, Object> definition : maps(properties.get("AttributeDefinitions"), where)) {
            definitions.add(AttributeDefinition.builder()
                    .attributeName(text(definition, "AttributeName"))
                    .attributeType(ScalarAttributeType.fromValue(text(definition, "AttributeType"))).build());
        }
        request.attributeDefinitions(definitions);
        Optional<ProvisionedThroughput> throughput = throughput(properties.get("ProvisionedThroughput"));
        boolean provisioned = throughput.isPresent() && !"PAY_PER_REQUEST".equals(properties.get("BillingMode"));
        request.billingMode(provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST);
        throughput.filter(t -> provisioned).ifPresent(request::provisionedThroughput);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        for (Map<String, Object> index : maps(properties.get("GlobalSecondaryIndexes"), where)) {
            GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder().indexName(text(index, "IndexName"))
                    .keySchema(keySchema(index.get("KeySchema"), where + ".GlobalSecondaryIndexes"))
                    .projection(projection(index.get("Projection")));
            throughput(index.get("ProvisionedThroughput")).filter(t -> provisioned).ifPresent(gsi::provisionedThroughput);
            globals.add(gsi.build());
        }
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (Map<String, Object> index : maps(properties.get("LocalSecondaryIndexes"), where)) {
            locals.add(LocalSecondaryIndex.builder().indexName(text(index, "IndexName"))
                    .keySchema(keySchema(index.get("KeySchema"), where + ".LocalSecondaryIndexes"))
                    .projection(projection(index.get("Projection"))).build());
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        streams(properties.get("StreamSpecification")).ifPresent(request::streamSpecification);
        return request.build();
    }

    /** The TTL attribute when TimeToLiveSpecification enables one. */
    static Optional<String> timeToLiveAttribute(StatefulResource table) {
        Object specification = table.properties().get("TimeToLiveSpecification");
        if (!(specification instanceof Map)) {
            return Optional.empty();
        }
        Map<String, Object> ttl = Template.asMap(specification, "TimeToLiveSpecification");
        return "true".equalsIgnoreCase(String.valueOf(ttl.get("Enabled")))
                ? Optional.ofNullable(ttl.get("AttributeName")).map(String::valueOf) : Optional.empty();
    }

    private static CreateTableRequest simpleTable(CreateTableRequest.Builder request, Map<String, Object> properties,
                                                  String where) {
        Map<String, Object> key = properties.get("PrimaryKey") instanceof Map
                ? Template.asMap(properties.get("PrimaryKey"), where + ".PrimaryKey") : Map.of();
        String name = String.valueOf(key.getOrDefault("Name", "id"));
        String type = String.valueOf(key.getOrDefault("Type", "String"));
        ScalarAttributeType attributeType = "Number".equals(type) ? ScalarAttributeType.N
                : "Binary".equals(type) ? ScalarAttributeType.B : ScalarAttributeType.S;
        return request.keySchema(KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName(name).attributeType(attributeType)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST).build();
    }

    private static List<KeySchemaElement> keySchema(Object value, String where) {
        List<KeySchemaElement> keys = new ArrayList<>();
        for (Map<String, Object> key : maps(value, where)) {
            keys.add(KeySchemaElement.builder().attributeName(text(key, "AttributeName"))
                    .keyType(KeyType.fromValue(text(key, "KeyType"))).build());
        }
        return keys;
    }

    private static Projection projection(Object value) {
        if (!(value instanceof Map)) {
            return Projection.builder().projectionType("ALL").build();
        }
        Map<String, Object> projection = Template.asMap(value, "Projection");
        Projection.Builder builder = Projection.builder()
                .projectionType(String.valueOf(projection.getOrDefault("ProjectionType", "ALL")));
        if (projection.get("NonKeyAttributes") instanceof List) {
            List<String> attributes = new ArrayList<>();
            ((List<?>) projection.get("NonKeyAttributes")).forEach(a -> attributes.add(String.valueOf(a)));
            builder.nonKeyAttributes(attributes);
        }
        return builder.build();
    }

    private static Optional<ProvisionedThroughput> throughput(Object value) {
        if (!(value instanceof Map)) {
            return Optional.empty();
        }
        Map<String, Object> throughput = Template.asMap(value, "ProvisionedThroughput");
        return Optional.of(ProvisionedThroughput.builder()
                .readCapacityUnits(Long.parseLong(String.valueOf(throughput.getOrDefault("ReadCapacityUnits", "5"))))
                .writeCapacityUnits(Long.parseLong(String.valueOf(throughput.getOrDefault("WriteCapacityUnits", "5"))))
                .build());
    }

    private static Optional<StreamSpecification> streams(Object value) {
        if (!(value instanceof Map) || Template.asMap(value, "StreamSpecification").get("StreamViewType") == null) {
            return Optional.empty();
        }
        return Optional.of(StreamSpecification.builder().streamEnabled(true)
                .streamViewType(String.valueOf(Template.asMap(value, "StreamSpecification").get("StreamViewType")))
                .build());
    }

    private static List<Map<String, Object>> maps(Object value, String where) {
        List<Map<String, Object>> maps = new ArrayList<>();
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                maps.add(Template.asMap(item, where));
            }
        }
        return maps;
    }

    private static String text(Map<String, Object> map, String name) {
        Object value = map.get(name);
        if (value == null) {
            throw new TemplateException("a table property is missing " + name + " in " + map);
        }
        return String.valueOf(value);
    }
}
