package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.StandInOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** With AWS_ENDPOINT_URL_* set, local invoke uses those endpoints and creates the resources there once. */
class ExternalEndpointsTest {

    private static EmbeddedAws aws;

    @TempDir
    Path temp;

    @BeforeAll
    static void startEndpoints() {
        aws = EmbeddedAws.start(StandInOptions.empty().withInventory(LocalInvokeRun.INVENTORY));
    }

    @AfterAll
    static void stopEndpoints() {
        aws.close();
    }

    @Test
    void createsTheFunctionsResourcesAtTheGivenEndpointsOnceAndRunsAgainstThem() {
        LocalInvokeRun.Result first = LocalInvokeRun.run(LocalInvokeRun.TEMPLATE, aws.endpointEnvironment(),
                "SideEffectsFunction", LocalInvokeRun.event("direct.json"), "--capture", temp.resolve("one").toString());
        LocalInvokeRun.Result second = LocalInvokeRun.run(LocalInvokeRun.TEMPLATE, aws.endpointEnvironment(),
                "SideEffectsFunction", LocalInvokeRun.event("direct.json"));

        assertThat(first.status()).as(first.stdout() + first.stderr()).isZero();
        assertThat(second.status()).as(second.stdout() + second.stderr()).isZero();
        assertThat(aws.sns().published()).hasSize(2);
        assertThat(aws.backup().startStopCalls()).extracting(call -> call.operation())
                .containsExactly("StartBackupJob", "StopBackupJob", "StartBackupJob", "StopBackupJob");
        assertThat(temp.resolve("one/sns/001.json")).exists();
        try (DynamoDbClient dynamoDb = AwsClientFactory.fromEnvironment(Environment.of(aws.endpointEnvironment()))
                .build(DynamoDbClient.builder(), "DYNAMODB")) {
            assertThat(dynamoDb.listTables().tableNames()).containsExactly("backup-sentinel-Table");
            assertThat(dynamoDb.describeTimeToLive(r -> r.tableName("backup-sentinel-Table")).timeToLiveDescription()
                    .timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        }
    }
}
