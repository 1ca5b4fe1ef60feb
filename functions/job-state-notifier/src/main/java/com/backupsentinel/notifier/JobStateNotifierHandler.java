package com.backupsentinel.notifier;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.AwsBackupEventParser;
import com.backupsentinel.shared.events.InvalidBackupEventException;
import com.backupsentinel.shared.json.JsonWriter;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobStateNotifierFunction: EventBridge delivers {@code aws.backup} events here directly (asynchronous invoke,
 * with retries and a dead-letter queue). The handler reads the raw event, exactly as EventBridge sent it, into a
 * typed AWS Backup event, asks {@link AlertService} to alert on it once, and answers what happened as JSON. An
 * event it cannot read fails with a message naming the problem, so it reaches the dead-letter queue.
 */
public final class JobStateNotifierHandler implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JobStateNotifierHandler.class);

    private final AlertService service;
    private final InvocationBudget budget;
    private final MetricsRecorder metrics;
    private final Runnable metricsFlush;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public JobStateNotifierHandler() {
        this(NotifierWiring.fromEnvironment(Environment.system()));
        HotPathPriming.register(new NotifierPriming(service));
    }

    JobStateNotifierHandler(NotifierWiring wiring) {
        this(wiring.service(), wiring.budget(), wiring.metrics(), wiring.metricsFlush());
    }

    /**
     * For tests and benchmarks: the given service, the time budget its AWS clients read, where to count invocations
     * and rejections, and what to run after every invocation to emit metrics.
     */
    JobStateNotifierHandler(AlertService service, InvocationBudget budget, MetricsRecorder metrics,
                            Runnable metricsFlush) {
        this.service = Objects.requireNonNull(service, "service");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.metricsFlush = Objects.requireNonNull(metricsFlush, "metricsFlush");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] event = input.readAllBytes();
        AlertOutcome outcome = InvocationLogging.withLogging(context, () -> budget.during(context,
                () -> handle(event, Duration.ofMillis(context.getRemainingTimeInMillis()))));
        output.write(JsonWriter.writeBytes(response(outcome)));
    }

    private AlertOutcome handle(byte[] raw, Duration invocationLeft) {
        try {
            metrics.count(NotifierMetrics.EVENTS_RECEIVED);
            AwsBackupEvent event = AwsBackupEventParser.parse(raw);
            return service.handle(event, invocationLeft);
        } catch (InvalidBackupEventException e) {
            metrics.count(NotifierMetrics.EVENTS_REJECTED);
            LOG.error("Rejected an event this function cannot alert on; after Lambda's retries it goes to the "
                    + "dead-letter queue", entry("reason", e.getMessage()));
            throw e;
        } finally {
            metricsFlush.run();
        }
    }

    static Map<String, Object> response(AlertOutcome outcome) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", outcome.status().name());
        response.put("dedupKey", outcome.dedupKey());
        outcome.severity().ifPresent(severity -> response.put("severity", severity.name()));
        outcome.messageId().ifPresent(id -> response.put("messageId", id));
        outcome.subject().ifPresent(subject -> response.put("subject", subject));
        return response;
    }
}
