package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.S3StandIn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients built by {@link S3Clients} against the S3 stand-in, a plain-HTTP endpoint: the cause of the upload
 * failures once seen in this module's S3ObjectStoreTest ("Error writing request body to server", every attempt).
 */
class S3ClientsTest {

    private static final String BODY = "{\"a\":1}";

    private static S3StandIn standIn;
    private static AwsClientFactory factory;
    private static final List<SdkHttpRequest> SENT = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        standIn = S3StandIn.start();
        factory = AwsClientFactory.fromEnvironment(Environment.of(Map.of("AWS_REGION", "us-west-2",
                "AWS_ACCESS_KEY_ID", EmbeddedAws.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", EmbeddedAws.SECRET_ACCESS_KEY,
                "AWS_ENDPOINT_URL_S3", standIn.endpoint().toString())));
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void uploadsToAPlainHttpEndpointAsOneSignedBodyThatTheServerReadsToTheEnd() throws Exception {
        try (S3Client s3 = S3Clients.build(factory, S3Client.builder()
                .overrideConfiguration(c -> c.addExecutionInterceptor(new Recorder())))) {
            s3.createBucket(b -> b.bucket("one-body"));
            SENT.clear();

            s3.putObject(r -> r.bucket("one-body").key("usage-logs/acme/a.json"), RequestBody.fromString(BODY));

            SdkHttpRequest put = SENT.get(SENT.size() - 1);
            assertThat(put.firstMatchingHeader("Content-Encoding")).isEmpty();
            assertThat(put.firstMatchingHeader("x-amz-content-sha256")).hasValue(sha256(BODY));
            assertThat(s3.getObjectAsBytes(r -> r.bucket("one-body").key("usage-logs/acme/a.json")).asUtf8String())
                    .isEqualTo(BODY);
        }
    }

    @Test
    void aClientWithoutS3ClientsSendsTheAwsChunkedBodyThatS3ProxyDoesNotReadToItsEnd() {
        try (S3Client s3 = factory.build(S3Client.builder().forcePathStyle(true)
                .overrideConfiguration(c -> c.addExecutionInterceptor(new Recorder())), "S3")) {
            s3.createBucket(b -> b.bucket("chunked"));
            SENT.clear();

            s3.putObject(r -> r.bucket("chunked").key("a.json"), RequestBody.fromString(BODY));

            SdkHttpRequest put = SENT.get(SENT.size() - 1);
            assertThat(put.firstMatchingHeader("Content-Encoding")).hasValue("aws-chunked");
            assertThat(put.firstMatchingHeader("x-amz-content-sha256")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("STREAMING-"));
        }
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Keeps every request as it goes on the wire. */
    private static final class Recorder implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            SENT.add(context.httpRequest());
        }
    }
}
