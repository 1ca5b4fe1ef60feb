package com.backupsentinel.usage;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.S3StandIn;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The S3 and DynamoDB stand-ins on 127.0.0.1, started once per test JVM, and clients built the way production builds
 * them (AwsClientFactory with AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_DYNAMODB). Each {@link #fresh()} gets its own
 * bucket and table, so tests do not see each other's data.
 */
final class TestAws {

    private static TestAws instance;

    private final S3StandIn s3StandIn;
    private final DynamoDbStandIn dynamoStandIn;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final AtomicInteger counter = new AtomicInteger();

    /** One bucket and table, with the adapters over them. */
    record Fixture(String bucket, String table, S3Client s3, DynamoDbClient dynamo, S3ObjectStore objects,
                   DynamoUsageStore store, Environment environment) {
    }

    private TestAws() {
        this.s3StandIn = S3StandIn.start();
        this.dynamoStandIn = DynamoDbStandIn.start();
        Environment environment = Environment.of(baseEnvironment());
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        this.s3 = S3Clients.build(factory);
        this.dynamo = factory.build(DynamoDbClient.builder(), "DYNAMODB");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s3StandIn.close();
            dynamoStandIn.close();
        }));
    }

    static synchronized TestAws get() {
        if (instance == null) {
            instance = new TestAws();
        }
        return instance;
    }

    Fixture fresh() {
        String bucket = "sentinel-reports-" + counter.incrementAndGet();
        s3.createBucket(b -> b.bucket(bucket));
        return withTable(bucket);
    }

    /** A fresh table and the bucket {@code bucket}, emptied if an earlier test left objects in it. */
    Fixture emptied(String bucket) {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException earlier) {
            s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()
                    .forEach(object -> s3.deleteObject(r -> r.bucket(bucket).key(object.key())));
        }
        return withTable(bucket);
    }

    private Fixture withTable(String bucket) {
        String table = "usage-" + counter.incrementAndGet();
        createUsageTable(dynamo, table);
        Map<String, String> variables = baseEnvironment();
        variables.put("USAGE_TABLE_NAME", table);
        variables.put("REPORT_BUCKET", bucket);
        variables.put("POWERTOOLS_METRICS_NAMESPACE", "BackupSentinel");
        return new Fixture(bucket, table, s3, dynamo, new S3ObjectStore(s3, bucket), new DynamoUsageStore(dynamo, table),
                Environment.of(variables));
    }

    /** The UsageTable of template.yaml: pk S hash, sk S range, on demand. */
    static void createUsageTable(DynamoDbClient dynamo, String table) {
        dynamo.createTable(t -> t.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    }

    S3StandIn s3StandIn() {
        return s3StandIn;
    }

    /** Test-side writes. */
    static String putObject(S3Client s3, String bucket, String key, RequestBody body) {
        return s3.putObject(r -> r.bucket(bucket).key(key), body).eTag();
    }

    /** Region, stand-in credentials and the stand-ins' endpoints: a fresh, modifiable map. */
    Map<String, String> baseEnvironment() {
        Map<String, String> variables = new HashMap<>();
        variables.put("AWS_REGION", "us-east-1");
        variables.put("AWS_ACCESS_KEY_ID", "STANDINACCESSKEY");
        variables.put("AWS_SECRET_ACCESS_KEY", "stand-in-secret-not-a-credential");
        variables.put("AWS_ENDPOINT_URL_S3", s3StandIn.endpoint().toString());
        variables.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoStandIn.endpoint().toString());
        return variables;
    }
}
