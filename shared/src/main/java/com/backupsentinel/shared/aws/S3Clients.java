package com.backupsentinel.shared.aws;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * S3 clients as every function builds them, from {@link AwsClientFactory}: path-style addressing when the endpoint is
 * overridden (emulators have no per-bucket host names), and uploads to a plain-HTTP endpoint sent as one signed body
 * rather than in {@code aws-chunked} encoding.
 *
 * <p>Why the second: over plain HTTP the SDK signs each chunk of an upload ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD})
 * and writes the chunks, the final chunk and the trailer as separate writes. S3Proxy, the S3 stand-in, stores the
 * object once it has read the final chunk and answers; when the last bytes (the trailer, the closing CRLF) arrive
 * after it has closed the connection, the kernel answers them with a reset, and the client, still writing, fails
 * with "Error writing request body to server" although the object is stored. Every retry meets the same race.
 * With one signed body of known length nothing is left unread. Real S3 is HTTPS, where nothing changes.
 */
public final class S3Clients {

    private static final String SERVICE_ID = "S3";

    private S3Clients() {
    }

    /** An S3 client with the factory's region, credentials, HTTP client, retries and endpoint. */
    public static S3Client build(AwsClientFactory factory) {
        return build(factory, S3Client.builder());
    }

    /** {@code builder} (with the caller's own settings, such as interceptors) completed as {@link #build(AwsClientFactory)}. */
    public static S3Client build(AwsClientFactory factory, S3ClientBuilder builder) {
        Optional<URI> endpoint = factory.endpointFor(SERVICE_ID);
        boolean plainHttp = endpoint.map(uri -> "http".equalsIgnoreCase(uri.getScheme())).orElse(false);
        builder.forcePathStyle(endpoint.isPresent())
                .serviceConfiguration(s3 -> s3.chunkedEncodingEnabled(!plainHttp));
        return factory.build(builder, SERVICE_ID);
    }
}
