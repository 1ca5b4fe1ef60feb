package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.validator.controls.ControlId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationRequestParserTest {

    @Test
    void treatsTheScheduledEventEnvelopeAsTheDailyRun() {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "0");
        envelope.put("detail-type", "Scheduled Event");
        envelope.put("source", "aws.events");
        envelope.put("detail", Map.of());

        assertThat(ValidationRequestParser.parse(envelope)).isEqualTo(ValidationRequest.scheduled());
        assertThat(ValidationRequestParser.parse(null)).isEqualTo(ValidationRequest.scheduled());
    }

    @Test
    void echoesAtMostFiveUnknownFieldsAndEightyCharactersOfAnyValue() {
        Map<String, Object> payload = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            payload.put("field" + i, 1);
        }

        assertThatThrownBy(() -> ValidationRequestParser.parse(payload)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Unknown payload fields: field0, field1, field2, field3, field4 and 2 more (allowed:"
                        + " send_full_report, lookback_hours, accounts, regions, controls)");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("regions", List.of("x\n" + "y".repeat(500)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Payload field regions must hold region codes such as us-west-2, got \"x\\u000a"
                        + "y".repeat(78) + "...\"");
    }

    @Test
    void refusesAListLongerThanAnyRunNeedsBeforeLookingAtItsEntries() {
        List<String> regions = java.util.Collections.nCopies(101, "us-west-2");

        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("regions", regions)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Payload field regions must list at most 100 entries, got 101");
    }

    @Test
    void readsEveryDirectInvokeField() {
        ValidationRequest request = ValidationRequestParser.parse(Map.of("send_full_report", true,
                "lookback_hours", 72, "accounts", List.of("*"), "regions", List.of("us-west-2", "us-east-1"),
                "controls", List.of("rpo", "coverage")));

        assertThat(request).isEqualTo(new ValidationRequest(ValidationRequest.Trigger.DIRECT, true, OptionalInt.of(72),
                List.of("*"), List.of("us-west-2", "us-east-1"), Set.of(ControlId.RPO, ControlId.COVERAGE)));
    }

    @Test
    void runsEveryControlWhenNoneAreNamed() {
        ValidationRequest request = ValidationRequestParser.parse(Map.of("send_full_report", true));

        assertThat(request.controls()).isEqualTo(EnumSet.allOf(ControlId.class));
        assertThat(request.lookbackHours()).isEmpty();
    }

    @Test
    void rejectsUnknownPayloadFieldsNamingThem() {
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("send_full_report", true, "lookback_hour", 48,
                "region", "us-west-2")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Unknown payload fields: lookback_hour, region (allowed: send_full_report, lookback_hours,"
                        + " accounts, regions, controls)");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("full", true)))
                .hasMessage("Unknown payload field: full (allowed: send_full_report, lookback_hours, accounts, regions,"
                        + " controls)");
    }

    @Test
    void rejectsWronglyTypedValuesNamingTheField() {
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("send_full_report", "yes")))
                .hasMessage("Payload field send_full_report must be true or false, got \"yes\"");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("lookback_hours", 1.5)))
                .hasMessage("Payload field lookback_hours must be a whole number of hours from 1 to 2160, got 1.5");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("lookback_hours", 0)))
                .hasMessage("Payload field lookback_hours must be a whole number of hours from 1 to 2160, got 0");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("regions", "us-west-2")))
                .hasMessage("Payload field regions must be a list of strings, got \"us-west-2\"");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("regions", List.of("Oregon"))))
                .hasMessage("Payload field regions must hold region codes such as us-west-2, got \"Oregon\"");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("accounts", List.of("*", "123456789012"))))
                .hasMessage("Payload field accounts must be [\"*\"] alone or a list of 12-digit account ids, got"
                        + " [*, 123456789012]");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("accounts", List.of("1234"))))
                .hasMessage("Payload field accounts must hold \"*\" or 12-digit account ids, got \"1234\"");
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("controls", List.of())))
                .hasMessage("Payload field controls must not be an empty list");
    }

    @Test
    void rejectsUnknownControlsListingTheKnownOnes() {
        assertThatThrownBy(() -> ValidationRequestParser.parse(Map.of("controls", List.of("rpo", "backups"))))
                .hasMessage("Unknown control in controls: backups (known: job_outcomes, stuck_jobs,"
                        + " recovery_point_integrity, malware_scans, rpo, rto,"
                        + " restore_testing, coverage, plan_policy, vault_protection, copies,"
                        + " s3_backup_sources)");
    }
}
