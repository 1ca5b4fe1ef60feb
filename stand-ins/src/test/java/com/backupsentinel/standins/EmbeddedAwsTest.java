package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

class EmbeddedAwsTest {

    @Test
    void startsEveryStandInAndDescribesThemAsSdkEndpointVariables() throws Exception {
        try (EmbeddedAws aws = EmbeddedAws.start(DemoClock.demoAtExportTime())) {
            Map<String, String> environment = aws.endpointEnvironment();

            assertThat(environment).containsOnlyKeys("AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SNS",
                    "AWS_ENDPOINT_URL_BACKUP", "AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API", "AWS_ENDPOINT_URL_IAM", "AWS_REGION",
                    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
            assertThat(environment).containsEntry("AWS_REGION", "us-west-2")
                    .containsEntry("AWS_ENDPOINT_URL_BACKUP", aws.backupEndpoint().toString());
            assertThat(environment.values()).filteredOn(value -> value.startsWith("http"))
                    .hasSize(6).allMatch(value -> value.startsWith("http://127.0.0.1:")).doesNotHaveDuplicates();
            for (String name : environment.keySet()) {
                if (name.startsWith("AWS_ENDPOINT_URL_")) {
                    LoopbackOnly.assertLoopbackOnly(URI.create(environment.get(name)));
                }
            }
            assertThat(aws.startupTimes()).containsKeys("dynamodb", "s3", "inventory", "sns", "backup", "tagging", "iam");

            try (BackupClient backup = Clients.of(BackupClient.builder(), aws.backupEndpoint(), "us-west-2");
                 SnsClient sns = Clients.of(SnsClient.builder(), aws.snsEndpoint(), "us-west-2");
                 S3Client s3 = Clients.of(S3Client.builder().forcePathStyle(true), aws.s3Endpoint(), "us-west-2");
                 DynamoDbClient dynamoDb = Clients.of(DynamoDbClient.builder(), aws.dynamoDbEndpoint(), "us-west-2")) {
                assertThat(backup.listBackupPlans().backupPlansList()).hasSize(2);
                String topic = sns.createTopic(request -> request.name("alerts")).topicArn();
                sns.publish(request -> request.topicArn(topic).message("hello"));
                assertThat(aws.sns().published()).extracting(PublishedMessage::message).containsExactly("hello");
                s3.createBucket(request -> request.bucket("reports"));
                assertThat(s3.listBuckets().buckets()).hasSize(1);
                assertThat(dynamoDb.listTables().tableNames()).isEmpty();
            }
        }
    }

    @Test
    void anEmptyAccountServesNoVaultsInUsEastOne() {
        try (EmbeddedAws aws = EmbeddedAws.start(StandInOptions.empty());
             BackupClient backup = Clients.of(BackupClient.builder(), aws.backupEndpoint(), "us-east-1")) {
            assertThat(aws.endpointEnvironment()).containsEntry("AWS_REGION", "us-east-1");
            assertThat(backup.listBackupVaults().backupVaultList()).isEmpty();
        }
    }
}
