package com.backupsentinel.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLogLineTest {

    private static final long TIME = 1_796_497_566_806L;

    @Test
    void writesPowertoolsFieldsInsideAnInvocationThenTheKeyValueFields() {
        InvocationLogging.Invocation invocation = new InvocationLogging.Invocation("backup-sentinel-job-state-notifier",
                "$LATEST", "arn:aws:lambda:us-west-2:123456789012:function:backup-sentinel-job-state-notifier", 1024,
                "eb6924aa-d49a-4c77-8875-8bbb14c8b18e", true, "Root=1-5759e988-bd862e3fe1be46a994272793");

        String line = JsonLogLine.format("INFO", "Alert published", null, "job-state-notifier", TIME, invocation,
                List.of(new KeyValue("dedupKey", "backup-job#1#FAILED"), new KeyValue("attempt", 2),
                        new KeyValue("ratio", 0.5), new KeyValue("published", true)));

        assertThat(line).isEqualTo("{\"level\":\"INFO\",\"message\":\"Alert published\",\"cold_start\":true,"
                + "\"function_arn\":\"arn:aws:lambda:us-west-2:123456789012:function:backup-sentinel-job-state-notifier\","
                + "\"function_memory_size\":1024,\"function_name\":\"backup-sentinel-job-state-notifier\","
                + "\"function_request_id\":\"eb6924aa-d49a-4c77-8875-8bbb14c8b18e\",\"function_version\":\"$LATEST\","
                + "\"service\":\"job-state-notifier\",\"timestamp\":\"2026-12-05T19:06:06.806Z\","
                + "\"xray_trace_id\":\"Root=1-5759e988-bd862e3fe1be46a994272793\",\"dedupKey\":\"backup-job#1#FAILED\","
                + "\"attempt\":2,\"ratio\":0.5,\"published\":true}");
    }

    @Test
    void writesTheErrorsNameMessageAndStackAndEscapesText() {
        IllegalStateException error = new IllegalStateException("vault \"Default\"\nunreachable");

        String line = JsonLogLine.format("ERROR", "tab\there \u0001", error, "svc", 0, null, List.of());

        assertThat(line).startsWith("{\"level\":\"ERROR\",\"message\":\"tab\\there \\u0001\",\"error\":{\"message\":"
                + "\"vault \\\"Default\\\"\\nunreachable\",\"name\":\"java.lang.IllegalStateException\",\"stack\":"
                + "\"java.lang.IllegalStateException: vault \\\"Default\\\"\\nunreachable\\n\\tat ")
                .endsWith("\"},\"service\":\"svc\",\"timestamp\":\"1970-01-01T00:00:00.000Z\"}");
    }

    @Test
    void formatsTimestampsInUtcWithMillisecondsAcrossLeapYearsAndBeforeTheEpoch() {
        StringBuilder leapDay = new StringBuilder();
        Timestamps.appendIso(leapDay, 951_782_399_999L);
        StringBuilder before = new StringBuilder();
        Timestamps.appendIso(before, -1L);

        assertThat(leapDay).hasToString("2000-02-28T23:59:59.999Z");
        assertThat(before).hasToString("1969-12-31T23:59:59.999Z");
    }
}
