package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbStandInTest {

    private static DynamoDbStandIn dynamoDb;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbStandIn.start();
        client = Clients.of(DynamoDbClient.builder(), dynamoDb.endpoint(), "us-west-2");
    }

    @AfterAll
    static void stop() {
        client.close();
        dynamoDb.close();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        LoopbackOnly.assertLoopbackOnly(dynamoDb.endpoint());
    }

    @Test
    void createsATableAndRejectsAConditionalPutOfAnExistingKey() {
        client.createTable(request -> request.tableName("AlertDedup")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("job-1"), "state", AttributeValue.fromS("FAILED"));

        client.putItem(request -> request.tableName("AlertDedup").item(item).conditionExpression("attribute_not_exists(pk)"));

        assertThatThrownBy(() -> client.putItem(request -> request.tableName("AlertDedup").item(item)
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith("The conditional request failed");
        assertThat(client.getItem(request -> request.tableName("AlertDedup").key(Map.of("pk", AttributeValue.fromS("job-1"))))
                .item()).containsEntry("state", AttributeValue.fromS("FAILED"));
    }
}
