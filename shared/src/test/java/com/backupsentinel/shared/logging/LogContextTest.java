package com.backupsentinel.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    private final ExecutorService single = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        MDC.clear();
        single.shutdownNow();
        single.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aWorkerRunsItsTaskWithTheContextOfTheThreadThatSubmittedIt() throws Exception {
        ExecutorService pool = LogContext.propagating(single);
        MDC.put("function_request_id", "request-1");
        MDC.put("function_name", "backup-sentinel-validator");

        Map<String, String> seen = pool.submit(MDC::getCopyOfContextMap).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactlyInAnyOrderEntriesOf(Map.of("function_request_id", "request-1",
                "function_name", "backup-sentinel-validator"));
    }

    @Test
    void aWorkerKeepsNoContextOfATaskItHasFinished() throws Exception {
        ExecutorService pool = LogContext.propagating(single);
        MDC.put("function_request_id", "request-1");
        pool.submit(() -> { }).get(5, TimeUnit.SECONDS);
        MDC.clear();

        Map<String, String> seenByTheBareWorker = single.submit(MDC::getCopyOfContextMap).get(5, TimeUnit.SECONDS);

        assertThat(seenByTheBareWorker == null ? Map.of() : seenByTheBareWorker).isEmpty();
    }

    @Test
    void eachTaskSeesTheContextAtItsOwnSubmission() throws Exception {
        ExecutorService pool = LogContext.propagating(single);
        MDC.put("function_request_id", "request-1");
        var first = pool.submit(() -> MDC.get("function_request_id"));
        MDC.put("function_request_id", "request-2");
        var second = pool.submit(() -> MDC.get("function_request_id"));

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("request-1");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("request-2");
    }
}
