package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The seed's {@code view_usage_logs.sh}, in Java, as the benchmark's baseline: list every object under
 * {@code usage-logs/}, download them all ({@code aws s3 cp --recursive} does 10 at a time), parse each (jq), keep the
 * last deployment per date, customer and user, sort and write the CSV. Like the script it trusts every file: the date
 * is the first ten characters of {@code timestamp}, the user the text after the last {@code /} of the ARN (or
 * {@code root}). It is also the reference implementation of docs/usage-log-ingestor.md's shell pipeline.
 */
final class SeedApproach {

    static final int AWS_CLI_CONCURRENCY = 10;

    /** One parsed log: the sort key of the seed's rule and the CSV line it would print. */
    private record Parsed(String group, String rank, String line) {
    }

    private SeedApproach() {
    }

    static String csv(S3Client s3, String bucket, ExecutorService downloads) {
        List<String> keys = new ArrayList<>();
        s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(ObjectKeys.USAGE_LOGS)).contents().stream()
                .map(S3Object::key).filter(key -> key.endsWith(".json")).forEach(keys::add);
        Map<String, Parsed> last = new TreeMap<>();
        for (Concurrently.Attempt<String, Parsed> attempt : Concurrently.map(downloads, keys,
                key -> parse(key, s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray()))) {
            if (attempt.failed()) {
                throw attempt.error();
            }
            Parsed parsed = attempt.result();
            last.merge(parsed.group(), parsed, (a, b) -> a.rank().compareTo(b.rank()) >= 0 ? a : b);
        }
        StringBuilder csv = new StringBuilder(UsageCsv.HEADER).append('\n');
        last.values().forEach(parsed -> csv.append(parsed.line()).append('\n'));
        return csv.toString();
    }

    private static Parsed parse(String key, byte[] content) {
        try {
            JsonNode log = Json.mapper().readTree(content);
            String timestamp = log.path("timestamp").asText();
            String date = timestamp.substring(0, 10);
            String customer = log.path("customer_name").asText();
            String arn = log.path("user_arn").asText();
            String user = arn.endsWith(":root") ? "root" : arn.substring(arn.lastIndexOf('/') + 1);
            String line = String.join(",", date, customer, user, log.path("additional_users_count").asText(),
                    log.path("project_name").asText(), log.path("cluster_name").asText());
            return new Parsed(date + "," + customer + "," + user, timestamp + "#" + key, line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + key, e);
        }
    }
}
