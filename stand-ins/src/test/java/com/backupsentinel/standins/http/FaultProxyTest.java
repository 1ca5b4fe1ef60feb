package com.backupsentinel.standins.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.DynamoDbStandIn;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.standins.SnsStandIn;
import com.backupsentinel.standins.StandInOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;

/** The fault proxy in front of the stand-ins, driven by the real SDK over HTTP. */
class FaultProxyTest {

    private static final String REGION = "us-east-1";

    private static SnsStandIn sns;
    private static DynamoDbStandIn dynamoDb;
    private static S3StandIn s3;
    private static BackupStandIn backup;
    private static String topicArn;

    @BeforeAll
    static void start() {
        sns = SnsStandIn.start();
        dynamoDb = DynamoDbStandIn.start();
        s3 = S3StandIn.start();
        backup = BackupStandIn.start(StandInOptions.empty());
        try (SnsClient client = client(SnsClient.builder(), sns.endpoint(), 3)) {
            topicArn = client.createTopic(r -> r.name("alerts")).topicArn();
        }
    }

    @AfterAll
    static void stop() {
        backup.close();
        s3.close();
        dynamoDb.close();
        sns.close();
    }

    @Test
    void forwardsCallsNoRuleMatchesUnchanged() {
        FaultPlan plan = FaultPlan.parse(java.util.List.of("sns:CreateTopic=http500"));
        sns.clear();
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"), plan);
             SnsClient client = client(SnsClient.builder(), proxy.endpoint(), 3)) {
            String id = client.publish(r -> r.topicArn(topicArn).subject("hello").message("body")).messageId();

            assertThat(id).isNotBlank();
            assertThat(sns.published()).hasSize(1);
            assertThat(plan.calls()).containsExactly(new AwsOperation("sns", "Publish"));
            assertThat(plan.injected()).isEmpty();
        }
    }

    @Test
    void aHangingPublishNeverReachesTheServiceAndEndsOnlyByTheClientsTimeout() {
        FaultPlan plan = FaultPlan.parse(java.util.List.of("sns:Publish=hang"));
        sns.clear();
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"), plan);
             SnsClient client = SnsClient.builder().endpointOverride(proxy.endpoint()).region(Region.of(REGION))
                     .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create())
                     .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMillis(400))
                             .retryStrategy(RetryMode.STANDARD)).build()) {
            assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("body")))
                    .isInstanceOf(ApiCallTimeoutException.class);
            assertThat(sns.published()).isEmpty();
        }
    }

    @Test
    void aResetFailsEveryAttemptWithAClientErrorAndNothingIsPublished() {
        FaultPlan plan = FaultPlan.parse(java.util.List.of("sns:Publish=reset"));
        sns.clear();
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"), plan);
             SnsClient client = client(SnsClient.builder(), proxy.endpoint(), 3)) {
            assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("body")))
                    .isInstanceOf(SdkClientException.class);
            assertThat(sns.published()).isEmpty();
            assertThat(plan.injected()).containsEntry("sns:Publish=reset", 3);
        }
    }

    @Test
    void snsThrottlingIsTheModelledThrottledErrorAndTheSdkRetriesItAway() {
        FaultPlan plan = FaultPlan.parse(java.util.List.of("sns:Publish=throttle:2"));
        sns.clear();
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"), plan);
             SnsClient client = client(SnsClient.builder(), proxy.endpoint(), 3)) {
            client.publish(r -> r.topicArn(topicArn).message("body"));

            assertThat(sns.published()).hasSize(1);
            assertThat(plan.injected()).containsEntry("sns:Publish=throttle:2", 2);
        }
        FaultPlan always = FaultPlan.parse(java.util.List.of("sns:Publish=throttle"));
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"), always);
             SnsClient client = client(SnsClient.builder(), proxy.endpoint(), 1)) {
            assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("body")))
                    .isInstanceOfSatisfying(SnsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(429);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttled");
                        assertThat(e.isThrottlingException()).isTrue();
                    });
        }
    }

    @Test
    void dynamoDbFaultsAreChosenByTheTargetHeaderInDynamoDbsOwnShape() {
        try (DynamoDbClient setup = client(DynamoDbClient.builder(), dynamoDb.endpoint(), 1)) {
            setup.createTable(r -> r.tableName("faults")
                    .attributeDefinitions(d -> d.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)).billingMode("PAY_PER_REQUEST"));
        }
        FaultPlan plan = FaultPlan.parse(java.util.List.of("dynamodb:PutItem=throttle", "dynamodb:GetItem=http500"));
        try (FaultProxy proxy = FaultProxy.start(dynamoDb.endpoint(), Optional.empty(), plan);
             DynamoDbClient client = client(DynamoDbClient.builder(), proxy.endpoint(), 1)) {
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("a"));
            assertThatThrownBy(() -> client.putItem(r -> r.tableName("faults").item(key)))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                        assertThat(e.isThrottlingException()).isTrue();
                    });
            assertThatThrownBy(() -> client.getItem(r -> r.tableName("faults").key(key)))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(500);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalServerError");
                    });
            assertThat(client.describeTable(r -> r.tableName("faults")).table().tableName()).isEqualTo("faults");
        }
    }

    @Test
    void s3AndBackupFaultsAreChosenByTheirRestRoutes() {
        FaultPlan plan = FaultPlan.parse(java.util.List.of("s3:PutObject=throttle", "backup:StartBackupJob=http500"));
        try (FaultProxy s3Proxy = FaultProxy.start(s3.endpoint(), Optional.empty(), plan);
             FaultProxy backupProxy = FaultProxy.start(backup.endpoint(), Optional.empty(), plan);
             S3Client s3Client = client(S3Client.builder().forcePathStyle(true), s3Proxy.endpoint(), 1);
             BackupClient backupClient = client(BackupClient.builder(), backupProxy.endpoint(), 1)) {
            s3Client.createBucket(r -> r.bucket("reports"));
            assertThatThrownBy(() -> s3Client.putObject(r -> r.bucket("reports").key("a/b.json"),
                    RequestBody.fromString("{}")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(503);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
                    });
            assertThatThrownBy(() -> backupClient.startBackupJob(r -> r.backupVaultName("Default")
                    .resourceArn("arn:aws:ec2:us-east-1:123456789012:volume/vol-1")
                    .iamRoleArn("arn:aws:iam::123456789012:role/backup")))
                    .isInstanceOfSatisfying(BackupException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(500);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailableException");
                    });
            assertThat(backupClient.listBackupVaults().backupVaultList()).isEmpty();
            assertThat(plan.calls()).containsSubsequence(new AwsOperation("s3", "CreateBucket"),
                    new AwsOperation("s3", "PutObject"), new AwsOperation("backup", "StartBackupJob"),
                    new AwsOperation("backup", "ListBackupVaults"));
        }
    }

    @Test
    void frontsEveryEndpointOfAnEnvironmentAndLeavesOtherVariablesAlone() {
        FaultPlan plan = FaultPlan.none();
        Map<String, String> environment = Map.of("AWS_ENDPOINT_URL_SNS", sns.endpoint().toString(),
                "AWS_ENDPOINT_URL", "http://127.0.0.1:9", "AWS_REGION", REGION);
        try (FaultyEndpoints fronted = FaultyEndpoints.front(environment, plan)) {
            assertThat(fronted.environment()).containsEntry("AWS_REGION", REGION);
            assertThat(fronted.environment().get("AWS_ENDPOINT_URL_SNS")).isNotEqualTo(sns.endpoint().toString())
                    .startsWith("http://127.0.0.1:");
            try (SnsClient client = client(SnsClient.builder(),
                    URI.create(fronted.environment().get("AWS_ENDPOINT_URL_SNS")), 1)) {
                assertThat(client.listTopics().topics()).isNotEmpty();
            }
        }
        assertThat(FaultyEndpoints.serviceOf("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API")).contains("tagging");
        assertThat(FaultyEndpoints.serviceOf("AWS_ENDPOINT_URL")).isEmpty();
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder,
                                                                                               URI endpoint,
                                                                                               int attempts) {
        return builder.endpointOverride(endpoint).region(Region.of(REGION)).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts)
                                .build()).build())
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedAws.ACCESS_KEY_ID,
                EmbeddedAws.SECRET_ACCESS_KEY));
    }
}
