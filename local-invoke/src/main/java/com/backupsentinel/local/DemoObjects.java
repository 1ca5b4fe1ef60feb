package com.backupsentinel.local;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.DemoS3Objects;
import com.backupsentinel.standins.EmbeddedAws;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Loads an inventory folder's {@code s3/objects.json} (when there is one) into the S3 stand-in, at the run's "now":
 * the demo's S3 backup sources for the validator ({@link DemoS3Objects} has the format).
 */
final class DemoObjects {

    private DemoObjects() {
    }

    /** Loads {@code inventory/s3/objects.json} into the S3 at {@code endpoint}; nothing when the file is absent. */
    static void load(Path inventory, URI endpoint, String region, Clock clock) {
        Path file = DemoS3Objects.file(inventory);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (S3Client s3 = client(endpoint, region)) {
            DemoS3Objects.load(s3, file, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        } catch (UncheckedIOException e) {
            throw new SetupException(e.getMessage(), e);
        }
    }

    /**
     * Built like every function's S3 client ({@link S3Clients}): one signed body per upload, which S3Proxy reads to the
     * end, so no connection is left half-read for the function's own requests to find closed.
     */
    private static S3Client client(URI endpoint, String region) {
        return S3Clients.build(AwsClientFactory.fromEnvironment(Environment.of(Map.of("AWS_REGION", region,
                "AWS_ACCESS_KEY_ID", EmbeddedAws.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", EmbeddedAws.SECRET_ACCESS_KEY,
                "AWS_ENDPOINT_URL_S3", endpoint.toString()))));
    }
}
