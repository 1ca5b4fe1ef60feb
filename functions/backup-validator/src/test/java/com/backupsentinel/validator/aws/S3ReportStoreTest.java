package com.backupsentinel.validator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.standins.S3StandIn;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The report store through the real SDK over HTTP against the S3 stand-in. */
class S3ReportStoreTest {

    private static S3StandIn standIn;
    private static S3Client s3;
    private static S3ReportStore store;

    @BeforeAll
    static void start() {
        standIn = S3StandIn.start();
        AwsClientFactory factory = StandInClients.factory("AWS_ENDPOINT_URL_S3", standIn.endpoint());
        s3 = S3Clients.build(factory);
        s3.createBucket(r -> r.bucket("reports"));
        store = S3ReportStore.create(factory, "reports");
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void writesReportsWithTheirContentType() {
        store.put("reports/validation/2026/11/22/run.html", "text/html; charset=utf-8",
                "<p>ok</p>".getBytes(StandardCharsets.UTF_8));

        var object = s3.getObjectAsBytes(r -> r.bucket("reports").key("reports/validation/2026/11/22/run.html"));
        assertThat(object.asUtf8String()).isEqualTo("<p>ok</p>");
        assertThat(object.response().contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    }

    @Test
    void presignsALinkThatFetchesTheReportWithoutCredentials() throws IOException {
        store.put("reports/validation/2026/11/22/linked.html", "text/html", "<p>linked</p>".getBytes(StandardCharsets.UTF_8));

        String link = store.presignedGet("reports/validation/2026/11/22/linked.html", Duration.ofHours(24));

        assertThat(link).startsWith(standIn.endpoint() + "/reports/reports/validation/2026/11/22/linked.html?")
                .contains("X-Amz-Expires=86400").contains("X-Amz-Signature=");
        HttpURLConnection connection = (HttpURLConnection) new URL(link).openConnection();
        try (InputStream body = connection.getInputStream()) {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<p>linked</p>");
        } finally {
            connection.disconnect();
        }
    }
}
