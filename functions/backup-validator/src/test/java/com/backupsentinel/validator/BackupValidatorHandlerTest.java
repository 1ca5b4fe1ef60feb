package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.backupsentinel.standins.PublishedMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler on the demo account through the real SDK and the stand-ins, driven by the files in events/. */
class BackupValidatorHandlerTest {

    private static DemoAccount demo;
    private static BackupValidatorHandler handler;

    @BeforeAll
    static void start() {
        demo = new DemoAccount();
        handler = demo.handler();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @BeforeEach
    void clearDigests() {
        demo.aws.sns().clear();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> event(String name) {
        Path file = Path.of(System.getProperty("sentinel.root"), "events", "backup-validator", name);
        return EventLoader.loadEvent(file.toString(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> control(Map<String, Object> response, String name) {
        return ((List<Map<String, Object>>) response.get("controls")).stream()
                .filter(c -> c.get("control").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theScheduledEventRunsEveryControlAndAnswersTheSummaryOnly() {
        Map<String, Object> response = handler.handleRequest(event("scheduled-event.json"), new TestContext(900_000));

        assertThat(response).containsEntry("status", "NON_COMPLIANT").containsEntry("complete", true)
                .doesNotContainKey("report");
        assertThat((List<?>) response.get("controls")).hasSize(12);
        assertThat(demo.aws.sns().published()).hasSize(1);
    }

    @Test
    void rejectsAnUnknownFieldNamingItAndPublishesNothing() {
        assertThatThrownBy(() -> handler.handleRequest(event("invalid-unknown-field.json"), new TestContext(900_000)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Unknown payload fields: lookback_hour, region (allowed: send_full_report, lookback_hours,"
                        + " accounts, regions, controls)");
        assertThat(demo.aws.sns().published()).isEmpty();
    }

    @Test
    void runsOnlyTheControlsAsked() {
        Map<String, Object> response = handler.handleRequest(event("controls-subset.json"), new TestContext(900_000));

        assertThat((List<Map<String, Object>>) response.get("controls")).extracting(c -> c.get("control"))
                .containsExactly("job_outcomes", "rpo", "coverage");
        assertThat(response).containsKey("report");
    }

    @Test
    void allAccountsGivesTheSameFiguresInASingleAccountOrganisation() {
        Map<String, Object> all = handler.handleRequest(event("all-accounts.json"), new TestContext(900_000));

        assertThat(all).containsEntry("accounts", "all accounts (*)");
        assertThat(control(all, "job_outcomes").get("figures")).isEqualTo(
                control(handler.handleRequest(event("full-report.json"), new TestContext(900_000)), "job_outcomes")
                        .get("figures"));
    }

    @Test
    void aLongerLookbackCountsMoreJobs() {
        Map<String, Object> response = handler.handleRequest(event("lookback-72h.json"), new TestContext(900_000));

        assertThat((Map<String, Object>) response.get("window")).containsEntry("lookbackHours", 72)
                .containsEntry("start", "2026-11-19T06:00:00Z");
        assertThat((Map<String, Object>) control(response, "job_outcomes").get("figures"))
                .containsEntry("backupJobs", 124L);
    }

    @Test
    void evaluatesEachRegionAsked() {
        Map<String, Object> response = handler.handleRequest(event("regions.json"), new TestContext(900_000));

        assertThat(response.get("regions")).isEqualTo(List.of("us-west-2", "us-east-1"));
        assertThat((Map<String, Object>) control(response, "recovery_point_integrity").get("figures"))
                .containsEntry("recoveryPoints", 988L);
    }

    @Test
    void writesWhatItHasAndSaysSoWhenTheTimeBudgetIsSpent() {
        Map<String, Object> response = handler.handleRequest(event("full-report.json"), new TestContext(3_000));

        assertThat(response).containsEntry("status", "INCOMPLETE").containsEntry("complete", false);
        assertThat((List<String>) response.get("incompleteControls")).hasSize(12).contains("rpo (us-west-2)",
                "s3_backup_sources (us-west-2)");
        assertThat(control(response, "vault_protection").get("reason"))
                .isEqualTo("us-west-2: time budget ran out before reading vaults");
        List<PublishedMessage> digests = demo.aws.sns().published();
        assertThat(digests).singleElement().satisfies(d -> assertThat(d.subject())
                .isEqualTo("[arrakis-platform us-west-2] Backup validation INCOMPLETE: 0/12 non-compliant, 12 incomplete"));
    }
}
