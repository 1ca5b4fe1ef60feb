package com.backupsentinel.ondemand.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.standins.S3StandIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The report bucket adapter through the real SDK against the S3 stand-in. */
class S3ObjectStoreTest {

    private static S3StandIn standIn;
    private static S3Client s3;
    private static S3ObjectStore store;

    @BeforeAll
    static void start() {
        standIn = S3StandIn.start();
        AwsClientFactory clients = TestInventory.clients("S3", standIn.endpoint());
        s3 = S3Clients.build(clients);
        s3.createBucket(b -> b.bucket("reports"));
        store = new S3ObjectStore(s3, "reports");
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void writesAndReadsObjectsWithTheirContentType() {
        byte[] document = "{\"formatVersion\":1}".getBytes(StandardCharsets.UTF_8);

        store.write("config-backups/2026-11-21t09-30-00.json", document, "application/json");

        assertThat(store.read("config-backups/2026-11-21t09-30-00.json")).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(document));
        assertThat(s3.headObject(b -> b.bucket("reports").key("config-backups/2026-11-21t09-30-00.json"))
                .contentType()).isEqualTo("application/json");
        assertThat(store.bucket()).isEqualTo("reports");
    }

    @Test
    void aMissingKeyReadsAsEmpty() {
        assertThat(store.read("terragrunt/nobody/config.yaml")).isEmpty();
    }
}
