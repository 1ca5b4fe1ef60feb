package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.DynamoDbStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class TableSeedTest {

    @TempDir
    Path seeds;

    @Test
    void writesTheScanShapedItemsOfATableThroughTheSdk() throws IOException {
        Files.writeString(seeds.resolve("AuditEventsTable.json"), "{\"Items\": [{\"pk\": {\"S\": \"days\"},"
                + " \"sk\": {\"S\": \"2026-11-20\"}, \"recorded\": {\"N\": \"2\"}, \"tags\": {\"SS\": [\"a\", \"b\"]},"
                + " \"nested\": {\"M\": {\"ok\": {\"BOOL\": true}, \"list\": {\"L\": [{\"N\": \"1\"}, {\"NULL\": true}]}}}}]}");
        try (DynamoDbStandIn local = DynamoDbStandIn.start();
             DynamoDbClient dynamoDb = AwsClientFactory.fromEnvironment(Environment.of(Map.of("AWS_REGION", "us-east-1",
                     "AWS_ACCESS_KEY_ID", "x", "AWS_SECRET_ACCESS_KEY", "x",
                     "AWS_ENDPOINT_URL_DYNAMODB", local.endpoint().toString()))).build(DynamoDbClient.builder(), "DYNAMODB")) {
            dynamoDb.createTable(r -> r.tableName("audit").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE)));

            int written = TableSeed.load(dynamoDb, seeds, "AuditEventsTable", "audit");

            Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName("audit").key(Map.of(
                    "pk", AttributeValue.fromS("days"), "sk", AttributeValue.fromS("2026-11-20")))).item();
            assertThat(written).isEqualTo(1);
            assertThat(item.get("recorded").n()).isEqualTo("2");
            assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
            assertThat(item.get("nested").m().get("ok").bool()).isTrue();
            assertThat(item.get("nested").m().get("list").l()).hasSize(2);
            assertThat(TableSeed.load(dynamoDb, seeds, "NoSuchTable", "other")).isZero();
        }
    }

    @Test
    void rejectsASeedThatIsNotScanShapedNamingTheFile() throws IOException {
        Path notScan = Files.writeString(seeds.resolve("A.json"), "[{\"pk\": \"x\"}]");
        Path untyped = Files.writeString(seeds.resolve("B.json"), "{\"Items\": [{\"pk\": \"x\"}]}");
        Path unknownType = Files.writeString(seeds.resolve("C.json"), "{\"Items\": [{\"pk\": {\"X\": \"x\"}}]}");

        assertThatThrownBy(() -> TableSeed.read(notScan))
                .hasMessage("Table seed " + notScan + " must be {\"Items\": [...]} as `aws dynamodb scan` prints it");
        assertThatThrownBy(() -> TableSeed.read(untyped))
                .hasMessage("Table seed " + untyped + ": attribute pk must be one typed value such as {\"S\": \"text\"}");
        assertThatThrownBy(() -> TableSeed.read(unknownType)).hasMessage("Table seed " + unknownType
                + ": attribute pk has unsupported type X (use S, N, BOOL, NULL, SS, NS, L or M)");
        assertThat(List.of(notScan, untyped, unknownType)).allMatch(Files::exists);
    }
}
