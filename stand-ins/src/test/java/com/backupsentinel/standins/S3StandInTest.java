package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3StandInTest {

    private static S3StandIn s3;
    private static S3Client client;

    @BeforeAll
    static void start() {
        s3 = S3StandIn.start();
        client = Clients.of(S3Client.builder().forcePathStyle(true), s3.endpoint(), "us-west-2");
        client.createBucket(request -> request.bucket("sentinel-reports"));
    }

    @AfterAll
    static void stop() {
        client.close();
        s3.close();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        LoopbackOnly.assertLoopbackOnly(s3.endpoint());
    }

    @Test
    void putsGetsAndListsObjects() {
        client.putObject(request -> request.bucket("sentinel-reports").key("usage-logs/acme/2026-11-21.json"),
                RequestBody.fromString("{\"customer\":\"acme\"}"));
        client.putObject(request -> request.bucket("sentinel-reports").key("usage-logs/acme/2026-11-22.json"),
                RequestBody.fromString("{\"customer\":\"acme\",\"day\":2}"));

        String body = client.getObjectAsBytes(request -> request.bucket("sentinel-reports")
                .key("usage-logs/acme/2026-11-21.json")).asUtf8String();
        assertThat(body).isEqualTo("{\"customer\":\"acme\"}");
        assertThat(client.listObjectsV2(request -> request.bucket("sentinel-reports").prefix("usage-logs/acme/"))
                .contents()).extracting(S3Object::key)
                .containsExactly("usage-logs/acme/2026-11-21.json", "usage-logs/acme/2026-11-22.json");
        assertThat(s3.objects()).filteredOn(o -> o.key().equals("usage-logs/acme/2026-11-22.json"))
                .singleElement()
                .satisfies(o -> assertThat(new String(o.content(), StandardCharsets.UTF_8)).isEqualTo("{\"customer\":\"acme\",\"day\":2}"));
    }

    @Test
    void answersNoSuchKeyForAMissingObject() {
        assertThatThrownBy(() -> client.getObjectAsBytes(request -> request.bucket("sentinel-reports").key("absent.json")))
                .isInstanceOf(NoSuchKeyException.class);
    }
}
