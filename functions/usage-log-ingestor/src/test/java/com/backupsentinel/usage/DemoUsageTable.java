package com.backupsentinel.usage;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The demo account's UsageTable as the nightly backfill of 2025-10-31 left it: the real ingestion code, run over the
 * demo report bucket ({@code demo-account/s3/ReportBucket/}) minus the customer that deployed later (initech, whose
 * objects arrived after that night and are what {@code events/usage-log-ingestor/backfill.json} then ingests).
 * Writes {@code demo-account/dynamodb/UsageTable.json} (in {@code aws dynamodb scan} shape) and the quarantine
 * copies that night made. {@link DemoUsageTableTest} checks that the committed files are exactly this output; run
 * {@code main} to rewrite them after changing the demo objects or the ingestion:
 * <pre>mvn -B -q -o test-compile exec:java -pl functions/usage-log-ingestor -Dexec.classpathScope=test
 *     -Dexec.mainClass=com.backupsentinel.usage.DemoUsageTable -Dsentinel.root=$PWD</pre>
 */
final class DemoUsageTable {

    static final Path ROOT = Path.of(System.getProperty("sentinel.root", "../.."));
    static final Path BUCKET_FILES = ROOT.resolve("demo-account/s3/ReportBucket");
    static final Path TABLE_SEED = ROOT.resolve("demo-account/dynamodb/UsageTable.json");
    static final String LATER_CUSTOMER = "initech";
    /** The report bucket's name under local invoke, which the quarantine sidecars name. */
    static final String BUCKET = "backup-sentinel-reportbucket";
    static final Instant BACKFILL_AT = Instant.parse("2025-10-31T23:00:00Z");

    /**
     * When each config.yaml was written: just before its customer's first deployment, as Terraform writes it. S3
     * reports the time an object was stored, which for the stand-in would be the moment this program runs.
     */
    static final Map<String, Instant> CONFIG_WRITTEN_AT = Map.of(
            "terragrunt/acme/config.yaml", Instant.parse("2025-10-30T14:30:49Z"),
            "terragrunt/globex/config.yaml", Instant.parse("2025-10-31T10:14:57Z"));

    private DemoUsageTable() {
    }

    /** The table seed and the quarantine objects: file path (relative to the repository root) to content. */
    static Map<String, String> generate() {
        TestAws.Fixture aws = TestAws.get().emptied(BUCKET);
        for (Path file : ingestedThatNight()) {
            String key = key(file);
            TestAws.putObject(aws.s3(), aws.bucket(), key, RequestBody.fromFile(file));
        }
        UsageLogIngestorConfig config = UsageLogIngestorConfig.from(aws.environment());
        UsageLogIngestor ingestor = new UsageLogIngestor(config, new WrittenAt(aws.objects()), aws.store(),
                new RecordingMetrics(), AuditRecorder.disabled(), Harness.WORKERS,
                Clock.fixed(BACKFILL_AT, ZoneOffset.UTC));
        BackfillResult result = ingestor.backfill(new BackfillRequest(Optional.empty(), Optional.empty()),
                () -> Long.MAX_VALUE);
        if (!result.failures().isEmpty()) {
            throw new IllegalStateException("The demo backfill failed: " + result.failures());
        }
        Map<String, String> files = new TreeMap<>();
        files.put(ROOT.relativize(TABLE_SEED).toString(), scanShape(aws));
        for (S3Object object : aws.s3().listObjectsV2Paginator(r -> r.bucket(aws.bucket()).prefix("quarantine/"))
                .contents()) {
            String content = aws.s3().getObjectAsBytes(r -> r.bucket(aws.bucket()).key(object.key())).asUtf8String();
            files.put(ROOT.relativize(BUCKET_FILES.resolve(object.key())).toString(), content);
        }
        return files;
    }

    /** The demo objects that the night's backfill saw: all but the later customer's and earlier quarantine copies. */
    static List<Path> ingestedThatNight() {
        try (Stream<Path> walk = Files.walk(BUCKET_FILES)) {
            return walk.filter(Files::isRegularFile).filter(file -> {
                String key = key(file);
                return !key.startsWith("quarantine/") && !key.startsWith("usage-logs/" + LATER_CUSTOMER + "/")
                        && !key.startsWith("terragrunt/" + LATER_CUSTOMER + "/");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(Path file) {
        return BUCKET_FILES.relativize(file).toString().replace('\\', '/');
    }

    private static String scanShape(TestAws.Fixture aws) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        aws.dynamo().scanPaginator(r -> r.tableName(aws.table())).items().forEach(items::add);
        items.sort(Comparator.<Map<String, AttributeValue>, String>comparing(item -> item.get("pk").s())
                .thenComparing(item -> item.get("sk").s()));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ArrayNode array = root.putArray("Items");
        for (Map<String, AttributeValue> item : items) {
            ObjectNode node = array.addObject();
            new TreeMap<>(item).forEach((name, value) -> node.set(name, typed(json, value)));
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode typed(ObjectMapper json, AttributeValue value) {
        ObjectNode node = json.createObjectNode();
        if (value.s() != null) {
            node.put("S", value.s());
        } else if (value.n() != null) {
            node.put("N", value.n());
        } else if (value.bool() != null) {
            node.put("BOOL", value.bool());
        } else if (value.hasSs()) {
            value.ss().stream().sorted().forEach(node.putArray("SS")::add);
        } else {
            throw new IllegalStateException("The UsageTable holds an attribute type the seed format here does not"
                    + " write: " + value);
        }
        return node;
    }

    /** Writes the generated files over the committed ones. */
    public static void main(String[] args) throws IOException {
        write(System.out);
        System.exit(0);
    }

    static void write(PrintStream out) throws IOException {
        for (Map.Entry<String, String> file : generate().entrySet()) {
            Path path = ROOT.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            out.println("wrote " + path);
        }
    }

    /** The bucket, with each config.yaml's last-modified time the time it was written (see CONFIG_WRITTEN_AT). */
    private static final class WrittenAt extends ForwardingObjectStore {

        WrittenAt(ObjectStore objects) {
            super(objects);
        }

        @Override
        public ObjectDigest md5(String key) {
            ObjectDigest digest = super.md5(key);
            Instant writtenAt = CONFIG_WRITTEN_AT.get(key);
            if (writtenAt == null) {
                throw new IllegalStateException("No write time for " + key + " in DemoUsageTable.CONFIG_WRITTEN_AT");
            }
            return new ObjectDigest(digest.md5(), digest.size(), writtenAt, digest.versionId());
        }
    }
}
