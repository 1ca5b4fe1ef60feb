package com.backupsentinel.usage;

import static com.backupsentinel.usage.UsageItems.PK;
import static com.backupsentinel.usage.UsageItems.SK;
import static com.backupsentinel.usage.UsageItems.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** {@link UsageStore} over the DynamoDB table {@code USAGE_TABLE_NAME}; the layout is in {@link UsageItems}. */
final class DynamoUsageStore implements UsageStore {

    static final int MAX_BATCH_ATTEMPTS = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoUsageStore(DynamoDbClient dynamo, String table) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<ProcessedObject> processedObject(String key) {
        GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(UsageItems.key(UsageItems.objectPk(key), "OBJECT")));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(UsageItems.toProcessed(key, response.item())) : Optional.empty();
    }

    @Override
    public boolean markProcessed(ProcessedObject record) {
        return conditionalPut(UsageItems.ledgerItem(record), "attribute_not_exists(#pk) OR #etag <> :etag",
                Map.of("#pk", PK, "#etag", "etag"), Map.of(":etag", s(record.etag())));
    }

    @Override
    public void saveDeployment(Deployment deployment) {
        String pk = UsageItems.customerPk(deployment.log().customer());
        Map<String, AttributeValue> customer = new HashMap<>(
                UsageItems.key(UsageItems.CUSTOMERS_PK, deployment.log().customer()));
        customer.put(UsageItems.TYPE, s("CUSTOMER"));
        batchPut(List.of(customer,
                UsageItems.deploymentAttributes(deployment, "DEPLOYMENT", pk, UsageItems.deploymentSk(deployment)),
                UsageItems.deploymentAttributes(deployment, "CONFIG_USE", pk, UsageItems.usesSk(deployment))));
    }

    @Override
    public boolean offerLatest(Deployment deployment) {
        UsageLog log = deployment.log();
        Map<String, AttributeValue> item = UsageItems.deploymentAttributes(deployment, "DAILY",
                UsageItems.customerPk(log.customer()), UsageItems.dailySk(log.date(), log.user()));
        return conditionalPut(item, "attribute_not_exists(#pk) OR #rank < :rank",
                Map.of("#pk", PK, "#rank", "rank"), Map.of(":rank", s(deployment.rank())));
    }

    @Override
    public boolean recordConfigVersion(ConfigVersion version) {
        Map<String, AttributeValue> item = UsageItems.configVersionItem(version);
        return conditionalPut(item, "attribute_not_exists(#pk) OR #first > :first",
                Map.of("#pk", PK, "#first", "firstSeenAt"), Map.of(":first", item.get("firstSeenAt")));
    }

    @Override
    public List<ConfigVersion> configVersions(String customer) {
        return beginsWith(UsageItems.customerPk(customer), UsageItems.configPrefix()).stream()
                .map(UsageItems::toConfigVersion).collect(Collectors.toList());
    }

    @Override
    public List<DeploymentRecord> deploymentsUsing(String customer, String md5) {
        return beginsWith(UsageItems.customerPk(customer), UsageItems.usesPrefix(md5)).stream()
                .map(UsageItems::toDeploymentRecord).collect(Collectors.toList());
    }

    @Override
    public List<DeploymentRecord> deploymentsOn(String customer, LocalDate date) {
        return beginsWith(UsageItems.customerPk(customer), UsageItems.deploymentsOnPrefix(date)).stream()
                .map(UsageItems::toDeploymentRecord).collect(Collectors.toList());
    }

    @Override
    public List<String> customers() {
        return query(QueryRequest.builder().keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":pk", s(UsageItems.CUSTOMERS_PK)))).stream()
                .map(item -> item.get(SK).s()).collect(Collectors.toList());
    }

    @Override
    public List<LatestDeployment> latest(String customer, Optional<LocalDate> from, Optional<LocalDate> to) {
        String low = from.map(date -> UsageItems.dayPrefix() + date).orElse(UsageItems.dayPrefix());
        String high = to.map(UsageItems::dayUpperBound).orElse("DAY$");
        return query(QueryRequest.builder().keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(UsageItems.customerPk(customer)), ":low", s(low),
                        ":high", s(high)))).stream()
                .map(UsageItems::toLatest).collect(Collectors.toList());
    }

    private List<Map<String, AttributeValue>> beginsWith(String pk, String prefix) {
        return query(QueryRequest.builder().keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(prefix))));
    }

    private List<Map<String, AttributeValue>> query(QueryRequest.Builder request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(request.tableName(table).consistentRead(true).build()).items().forEach(items::add);
        return items;
    }

    private boolean conditionalPut(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                   Map<String, AttributeValue> values) {
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values).build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private void batchPut(List<Map<String, AttributeValue>> items) {
        Map<String, List<WriteRequest>> pending = Map.of(table, items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .collect(Collectors.toList()));
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_BATCH_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left " + pending.get(table).size()
                        + " writes unprocessed after " + MAX_BATCH_ATTEMPTS + " attempts");
            }
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            if (!pending.isEmpty()) {
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying unprocessed DynamoDB writes", e);
        }
    }
}
