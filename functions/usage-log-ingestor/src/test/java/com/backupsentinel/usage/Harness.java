package com.backupsentinel.usage;

import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The function's services over a fresh bucket and table of the stand-ins, with metrics recorded in memory. */
final class Harness {

    static final ExecutorService WORKERS = ProductionWiring.workers(8);

    final TestAws.Fixture aws;
    final RecordingMetrics metrics = new RecordingMetrics();
    final RecordingAudit audit = new RecordingAudit();
    final UsageLogIngestorConfig config;
    final UsageLogIngestor ingestor;
    final ObjectProcessor processor;

    Harness() {
        this(UsageLogFixtures.CLOCK);
    }

    Harness(Clock clock) {
        this.aws = TestAws.get().fresh();
        this.config = UsageLogIngestorConfig.from(aws.environment());
        this.ingestor = new UsageLogIngestor(config, aws.objects(), aws.store(), metrics, audit, WORKERS, clock);
        this.processor = new ObjectProcessor(
                new UsageLogIngestion(aws.objects(), aws.store(), clock, config.maxUsageLogBytes(),
                        new UsageAudit(audit)),
                new ConfigBackupRecorder(aws.objects(), aws.store(), clock, new UsageAudit(audit)));
    }

    /** Writes an object and returns what an "Object Created" event would say about it. */
    IncomingObject put(String key, String content) {
        String etag = TestAws.putObject(aws.s3(), aws.bucket(), key, RequestBody.fromString(content));
        return new IncomingObject(key, OptionalLong.of(content.getBytes(StandardCharsets.UTF_8).length),
                Optional.of(ObjectCreatedEvents.unquote(etag)));
    }

    ObjectOutcome process(IncomingObject object) {
        return processor.process(object);
    }

    Optional<String> read(String key) {
        try {
            return Optional.of(aws.s3().getObjectAsBytes(r -> r.bucket(aws.bucket()).key(key)).asUtf8String());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
