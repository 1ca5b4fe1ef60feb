package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvocationsTest {

    @Test
    void readsAnSqsBatch() {
        Invocation invocation = Invocations.parse(Map.of("Records", List.of(Map.of("messageId", "m-1", "body", "{}",
                "attributes", Map.of("ApproximateReceiveCount", "3")))));

        assertThat(invocation).isEqualTo(new SqsBatch(List.of(new SqsMessage("m-1", "{}", 3))));
    }

    @Test
    void readsAReportRequest() {
        assertThat(Invocations.parse(Map.of("action", "report", "customer", "acme", "from", "2025-10-01",
                "to", "2025-10-31")))
                .isEqualTo(new ReportRequest(Optional.of("acme"), Optional.of(LocalDate.parse("2025-10-01")),
                        Optional.of(LocalDate.parse("2025-10-31"))));
        assertThat(Invocations.parse(Map.of("action", "report")))
                .isEqualTo(new ReportRequest(Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void readsBackfillAndConfigHistoryRequests() {
        assertThat(Invocations.parse(Map.of("action", "backfill", "prefix", "usage-logs/acme/")))
                .isEqualTo(new BackfillRequest(Optional.of("usage-logs/acme/"), Optional.empty()));
        assertThat(Invocations.parse(Map.of("action", "config-history", "customer", "acme", "date", "2025-10-30")))
                .isEqualTo(new ConfigHistoryRequest("acme", Optional.of(LocalDate.parse("2025-10-30")),
                        Optional.empty()));
    }

    @Test
    void rejectsUnknownPayloadFields() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "report", "customers", "acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown field 'customers' in the report request; allowed: [action, customer, from, to]");
    }

    @Test
    void rejectsUnknownActions() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "purge")))
                .hasMessage("Unknown action 'purge': expected report, backfill or config-history");
    }

    @Test
    void rejectsEventsOfNeitherShape() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("detail-type", "Object Created", "source", "aws.s3")))
                .hasMessage("The event is neither an SQS batch (Records) nor a direct invoke (action: report, backfill"
                        + " or config-history); its fields are [detail-type, source]");
    }

    @Test
    void rejectsSqsRecordsWithoutAnId() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("Records", List.of(Map.of("body", "{}")))))
                .hasMessage("Records[0] is not an SQS message: messageId and body must be strings");
    }

    @Test
    void rejectsMalformedDatesAndRanges() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "report", "from", "30/10/2025")))
                .hasMessage("from '30/10/2025' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "report", "from", "2025-11-01",
                "to", "2025-10-01"))).hasMessage("from 2025-11-01 is after to 2025-10-01");
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "report", "customer", 5)))
                .hasMessage("customer must be a string");
    }

    @Test
    void rejectsCustomersThatCouldEscapeTheirPrefix() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "report", "customer", "../x")))
                .hasMessage("customer: the customer name '../x' contains '/', '\\' or '..', which could escape its"
                        + " prefix");
    }

    @Test
    void rejectsBackfillPrefixesOutsideTheWatchedFolders() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "backfill", "prefix", "reports/")))
                .hasMessage("prefix 'reports/' must start with usage-logs/ or terragrunt/, hold no '..' and be at most"
                        + " 512 characters");
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "backfill", "prefix", "usage-logs/",
                "continuationToken", "abc"))).hasMessage("send either prefix or continuationToken, not both: the"
                + " token already carries the prefix");
    }

    @Test
    void configHistoryNeedsExactlyOneQuestion() {
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "config-history", "customer", "acme")))
                .hasMessage("config-history needs exactly one of date (YYYY-MM-DD) or configHash");
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "config-history", "date", "2025-10-30")))
                .hasMessage("config-history needs customer");
        assertThatThrownBy(() -> Invocations.parse(Map.of("action", "config-history", "customer", "acme",
                "configHash", "xyz"))).hasMessage("configHash 'xyz' is not an MD5 (32 hex digits)");
    }
}
