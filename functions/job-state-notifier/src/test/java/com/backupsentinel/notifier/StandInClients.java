package com.backupsentinel.notifier;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** Real SDK clients, built by the project's client factory, pointed at a stand-in on 127.0.0.1. */
final class StandInClients {

    static final String REGION = "us-west-2";

    private StandInClients() {
    }

    static AwsClientFactory factory(String service, URI endpoint) {
        return AwsClientFactory.fromEnvironment(Environment.of(Map.of("AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", "STANDINACCESSKEY", "AWS_SECRET_ACCESS_KEY", "stand-in-secret-not-a-credential",
                "AWS_ENDPOINT_URL_" + service, endpoint.toString())));
    }

    static BackupClient backup(URI endpoint) {
        return factory("BACKUP", endpoint).build(BackupClient.builder(), "BACKUP");
    }

    static DynamoDbClient dynamoDb(URI endpoint) {
        return factory("DYNAMODB", endpoint).build(DynamoDbClient.builder(), "DYNAMODB");
    }

    static SnsClient sns(URI endpoint) {
        return factory("SNS", endpoint).build(SnsClient.builder(), "SNS");
    }
}
