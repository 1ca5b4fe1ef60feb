package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.ondemand.service.Fixtures;
import com.backupsentinel.ondemand.service.InMemoryObjectStore;
import com.backupsentinel.ondemand.service.InMemoryRequestStore;
import com.backupsentinel.ondemand.service.MutableClock;
import com.backupsentinel.ondemand.service.OnDemandService;
import com.backupsentinel.ondemand.service.ScriptedBackupGateway;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long POST /backups takes to answer 413 to a body of letters (16 KiB + 1 to 2 MiB), audit event
 * included, on in-memory fakes: the first request of a fresh JVM and the median of 20. Issue 12 measured 2.5 s
 * for 16,000 letters and Lambda's 29 s timeout for 64 KiB before the redactor was replaced. Asserts nothing.
 *
 * <pre>mvn -B -q -o -pl functions/on-demand-backup test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.backupsentinel.ondemand.HostileBodyBenchmark</pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class HostileBodyBenchmark {

    private static final int RUNS = 20;
    private static final int[] SIZES = {16 * 1024 + 1, 30 * 1024, 64 * 1024, 512 * 1024, 2 * 1024 * 1024};

    private HostileBodyBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        List<AuditEvent> audited = new ArrayList<>();
        InMemoryRequestStore store = new InMemoryRequestStore();
        MutableClock clock = new MutableClock(Fixtures.NOW);
        RecordingMetrics metrics = new RecordingMetrics();
        OnDemandService service = new OnDemandService(Fixtures.settings(), new ScriptedBackupGateway(), List::of,
                store, new InMemoryObjectStore("reports"), metrics, clock);
        OnDemandBackupHandler handler = new OnDemandBackupHandler(new OnDemandApi(service, store, metrics,
                audited::add, clock, InvocationBudget.keeping(Duration.ZERO)), () -> { });
        out.printf(Locale.ROOT, "POST /backups with a body of letters (JDK %s, %d processors)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (int size : SIZES) {
            APIGatewayV2HTTPEvent event = event("a".repeat(size));
            long first = System.nanoTime();
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, new TestContext());
            double firstMs = (System.nanoTime() - first) / 1e6;
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long begin = System.nanoTime();
                handler.handleRequest(event, new TestContext());
                times[i] = (System.nanoTime() - begin) / 1e6;
            }
            Arrays.sort(times);
            out.printf(Locale.ROOT, "%9d chars: status %d, first %7.2f ms, median %6.2f ms, p90 %6.2f ms, "
                            + "audit payload %d chars%n", size, response.getStatusCode(), firstMs, times[RUNS / 2],
                    times[RUNS * 9 / 10], audited.get(audited.size() - 1).requestPayload().length());
        }
    }

    /** The sample event, read with plain Jackson (exec:java does not give the runtime serializer the classpath). */
    private static APIGatewayV2HTTPEvent event(String body) {
        try {
            APIGatewayV2HTTPEvent event = Json.mapper().readValue(Events.folder().resolve("post-backups.json").toFile(),
                    APIGatewayV2HTTPEvent.class);
            event.setBody(body);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
