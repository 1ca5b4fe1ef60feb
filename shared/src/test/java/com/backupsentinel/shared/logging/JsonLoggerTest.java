package com.backupsentinel.shared.logging;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.priming.Priming;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JsonLoggerTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void isTheSlf4jProviderAndFillsPlaceholdersWithTheOtherArguments() {
        Logger log = LoggerFactory.getLogger("com.backupsentinel.test.Placeholders");

        log.info("Audit export finished: daysWritten={} eventsExported={}", 2, 40L, entry("namespace", "stack"));

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("{\"level\":\"INFO\",\"message\":\"Audit export finished: daysWritten=2 eventsExported=40\","
                        + "\"service\":")
                .endsWith(",\"namespace\":\"stack\"}"));
    }

    @Test
    void logsLibrariesAtWarnAndOurOwnAtTheConfiguredLevel() {
        JsonLogger library = new JsonLogger("software.amazon.awssdk.request", settings("DEBUG"));
        JsonLogger own = new JsonLogger("com.backupsentinel.notifier.AlertService", settings("DEBUG"));

        library.info("sending request");
        library.warn("retrying");
        own.debug("claimed");

        assertThat(lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"service\":\"job-state-notifier\""));
        assertThat(lines().get(0)).contains("\"level\":\"WARN\",\"message\":\"retrying\"");
        assertThat(lines().get(1)).contains("\"level\":\"DEBUG\",\"message\":\"claimed\"");
        assertThat(own.isTraceEnabled()).isFalse();
    }

    @Test
    void takesATrailingThrowableAsTheError() {
        JsonLogger log = new JsonLogger("com.backupsentinel.Errors", settings("INFO"));

        log.error("Lookup failed", entry("operation", "DescribeBackupJob"), new IllegalStateException("timeout"));

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"error\":{\"message\":\"timeout\",\"name\":\"java.lang.IllegalStateException\"")
                .endsWith(",\"operation\":\"DescribeBackupJob\"}"));
    }

    @Test
    void leavesOutTheStandInsKnownNoiseAndKeepsTheirOtherErrors() {
        JsonLogger s3Proxy = new JsonLogger("org.gaul.s3proxy.S3ProxyHandlerJetty", settings("INFO"));
        JsonLogger dynamoDbLocal = new JsonLogger("com.amazonaws.services.dynamodbv2.local.X", settings("INFO"));

        s3Proxy.error("Unknown parameters publicAccessBlock with URI /bucket");
        s3Proxy.error("bucket store failed");
        dynamoDbLocal.warn("conditional check failed");

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line).contains("bucket store failed"));
    }

    @Test
    void writesTheMdcEntriesAsFields() {
        JsonLogger log = new JsonLogger("com.backupsentinel.Mdc", settings("INFO"));
        org.slf4j.MDC.put("correlation_id", "c-1");
        try {
            log.info("with context");
        } finally {
            org.slf4j.MDC.clear();
        }

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line).endsWith(",\"correlation_id\":\"c-1\"}"));
    }

    @Test
    void writesNothingWhilePriming() {
        JsonLogger log = new JsonLogger("com.backupsentinel.Priming", settings("INFO"));

        Priming.run(() -> log.warn("primed"));

        assertThat(lines()).isEmpty();
    }

    private static LogSettings settings(String level) {
        return LogSettings.fromEnvironment(Environment.of(Map.of("POWERTOOLS_LOG_LEVEL", level,
                "POWERTOOLS_SERVICE_NAME", "job-state-notifier")));
    }

    private List<String> lines() {
        return written.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
