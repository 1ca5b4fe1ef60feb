package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.notification.Notification;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertRendererTest {

    private final AlertRenderer renderer = new AlertRenderer(NotificationLevel.WARNINGS_AND_ERRORS);

    private static final String PLAN_ID = "86e41ac0-3ea3-4c08-895f-8209c158c141";
    private static final JobDescription DESCRIBED = new JobDescription(Optional.of("ignored: the event says more"),
            Optional.of("AccessDenied"), Optional.empty(), Optional.empty(), Optional.of("arrakis-billing-production"),
            Optional.empty(), Optional.empty(), Optional.of(36_048L), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(PLAN_ID),
            Optional.of("arrakis-backup-plan-production"));

    @Test
    void writesTheEmailAnEngineerNeeds() {
        Notification notification = render("backup-job-failed.json", Optional.of(DESCRIBED));

        assertThat(notification.subject()).isEqualTo("[ERROR] Backup job FAILED: RDS arrakis-billing-production "
                + "(us-west-2)");
        assertThat(notification.text()).isEqualTo(String.join("\n",
                "ERROR: The backup job for RDS arrakis-billing-production failed.",
                "",
                "Status message:    Insufficient privileges to perform this action: the backup role is not allowed "
                        + "to call rds:AddTagsToResource on arrakis-billing-production.",
                "Message category:  AccessDenied",
                "Resource:          arrakis-billing-production",
                "Resource ARN:      arn:aws:rds:us-west-2:123456789012:db:arrakis-billing-production",
                "Resource type:     RDS",
                "Backup vault:      arrakis-backup-vault-production",
                "Backup vault ARN:  arn:aws:backup:us-west-2:123456789012:backup-vault:arrakis-backup-vault-production",
                "Backup plan:       arrakis-backup-plan-production (" + PLAN_ID + ")",
                "Account:           123456789012",
                "Region:            us-west-2",
                "Job ID:            FE603449-9C6D-4A69-9561-31C1BDC7E9FC",
                "State:             FAILED",
                "Created:           2026-11-22 01:07:19 UTC",
                "Completed:         2026-11-22 01:12:42 UTC",
                "Duration:          5 min 23 s",
                "Start by:          2026-11-22 02:07:19 UTC",
                "Size:              0 bytes",
                "Percent done:      0%",
                "IAM role:          arn:aws:iam::123456789012:role/arrakis-backup-role-production",
                "Bytes transferred: 0 bytes",
                "Event:             Backup Job State Change e60d885b-2ca5-0b6d-2839-16d8f330d59f at 2026-11-22 "
                        + "01:12:54 UTC",
                "",
                "What to look at:",
                "  - Check that the IAM role arn:aws:iam::123456789012:role/arrakis-backup-role-production is allowed "
                        + "to act on this resource (and its KMS key, if it is encrypted).",
                "  - Read the status message and the job in the console, fix the cause, then run an on-demand backup "
                        + "so the resource is protected again.",
                "  - Open it in the AWS Backup console: https://us-west-2.console.aws.amazon.com/backup/home?"
                        + "region=us-west-2#/jobs/backup/details/FE603449-9C6D-4A69-9561-31C1BDC7E9FC",
                "",
                "-- ",
                "Backup Sentinel JobStateNotifierFunction (notification level warnings_and_errors)",
                ""));
    }

    @Test
    void writesAnAwsChatbotCustomNotification() throws IOException {
        Notification notification = render("backup-job-failed.json", Optional.of(DESCRIBED));

        JsonNode payload = Json.mapper().readTree(notification.structuredJson());

        assertThat(payload.path("version").asText()).isEqualTo("1.0");
        assertThat(payload.path("source").asText()).isEqualTo("custom");
        assertThat(payload.path("id").asText()).isEqualTo("e60d885b-2ca5-0b6d-2839-16d8f330d59f");
        JsonNode content = payload.path("content");
        assertThat(content.path("textType").asText()).isEqualTo("client-markdown");
        assertThat(content.path("title").asText()).isEqualTo(":red_circle: [ERROR] Backup job FAILED: RDS "
                + "arrakis-billing-production (us-west-2)");
        assertThat(content.path("description").asText()).startsWith("The backup job for RDS "
                + "arrakis-billing-production failed.\n\n*Status message:* Insufficient privileges")
                .contains("\n*Backup plan:* arrakis-backup-plan-production (" + PLAN_ID + ")\n");
        assertThat(content.path("nextSteps")).hasSize(3);
        assertThat(content.path("nextSteps").get(2).asText()).isEqualTo("<https://us-west-2.console.aws.amazon.com/"
                + "backup/home?region=us-west-2#/jobs/backup/details/FE603449-9C6D-4A69-9561-31C1BDC7E9FC"
                + "|Open it in the AWS Backup console>");
        assertThat(Json.mapper().convertValue(content.path("keywords"), List.class))
                .containsExactly("ERROR", "Backup job", "FAILED", "RDS", "us-west-2");
        JsonNode metadata = payload.path("metadata");
        assertThat(metadata.path("threadId").asText())
                .isEqualTo("backup-job-123456789012-us-west-2-FE603449-9C6D-4A69-9561-31C1BDC7E9FC");
        assertThat(metadata.path("summary").asText()).isEqualTo(notification.subject());
        assertThat(metadata.path("eventType").asText()).isEqualTo("Backup Job State Change");
        assertThat(Json.mapper().convertValue(metadata.path("relatedResources"), List.class)).containsExactly(
                "arn:aws:rds:us-west-2:123456789012:db:arrakis-billing-production",
                "arn:aws:backup:us-west-2:123456789012:backup-vault:arrakis-backup-vault-production");
        assertThat(Json.mapper().convertValue(metadata.path("additionalContext"), Map.class)).isEqualTo(Map.of(
                "severity", "ERROR", "eventType", "Backup Job State Change", "state", "FAILED",
                "resourceType", "RDS", "accountId", "123456789012", "region", "us-west-2",
                "backupVaultName", "arrakis-backup-vault-production", "eventId", "e60d885b-2ca5-0b6d-2839-16d8f330d59f"));
    }

    @Test
    void setsTheAttributesSubscriptionFilterPoliciesUse() {
        Notification notification = render("copy-job-failed.json", Optional.empty());

        assertThat(notification.attributes()).isEqualTo(Map.of("severity", "ERROR",
                "eventType", "Copy Job State Change", "state", "FAILED", "resourceType", "EBS",
                "accountId", "123456789012", "region", "us-west-2",
                "backupVaultName", "arrakis-backup-vault-production"));
    }

    @Test
    void escapesUntrustedTextInTheChatPayloadButKeepsItReadableInTheEmail() throws IOException {
        AwsBackupEvent event = TestEvents.backupJob("e-1", "job-1", "FAILED",
                "\"statusMessage\":\"<!channel> see <https://evil.example|the fix> & reply\"");

        Notification notification = renderer.render(SeverityPolicyTest.facts(event),
                Classification.of(Severity.ERROR, "FAILED"));

        String description = Json.mapper().readTree(notification.structuredJson()).path("content")
                .path("description").asText();
        assertThat(description).contains("*Status message:* &lt;!channel&gt; see "
                + "&lt;https://evil.example|the fix&gt; &amp; reply").doesNotContain("<!channel>");
        assertThat(notification.text()).contains("Status message: <!channel> see <https://evil.example|the fix> "
                + "& reply");
    }

    @Test
    void showsTheNonIsoExpectedCompletionOfARunningJobAsAnInstant() {
        Notification notification = render("backup-job-running.json", Optional.empty());

        assertThat(notification.text()).contains("Expected completion: 2026-11-20 03:02:51 UTC",
                "Running for:         9 min 59 s", "Percent done:        37%");
    }

    @Test
    void saysWhichLookUpFailedAndWhy() {
        AlertFacts facts = AlertFactsAssembler.assemble(TestEvents.functionEvent("restore-job-failed.json"),
                Optional.empty(), Optional.of(new EnrichmentFailure("DescribeRestoreJob",
                        "ThrottlingException: Rate exceeded (HTTP 400)")));

        Notification notification = renderer.render(facts, Classification.of(Severity.ERROR, "FAILED"));

        assertThat(notification.text()).contains("Look-up failed: DescribeRestoreJob failed: ThrottlingException: "
                        + "Rate exceeded (HTTP 400). This alert was built from the event alone.",
                "  - Read the status message, fix the cause and start the restore again.",
                "  - Some details could not be fetched (DescribeRestoreJob failed): see them in the console.");
    }

    @Test
    void saysWhichPatternDowngradedAWarning() {
        AlertFacts facts = SeverityPolicyTest.facts(TestEvents.functionEvent("backup-job-completed-with-issues.json"));

        Notification notification = renderer.render(facts, new Classification(Severity.INFO,
                "COMPLETED with issues", Optional.of("*not quiesced*")));

        assertThat(notification.subject()).isEqualTo("[INFO] Backup job COMPLETED with issues: EBS "
                + "vol-0da94cd7a54c85f30 (us-west-2)");
        assertThat(notification.text()).contains("Downgraded from WARNING to INFO: the status matches the benign "
                + "pattern '*not quiesced*' (BENIGN_STATUS_PATTERNS).");
    }

    @Test
    void describesAPlanDeletionWithItsNameAndChangeDate() {
        Notification notification = render("backup-plan-deleted.json",
                Optional.of(InMemoryBackupLookup.planNamed("arrakis-backup-plan-staging")));

        assertThat(notification.subject()).isEqualTo("[ERROR] Backup plan DELETED: arrakis-backup-plan-staging "
                + "(us-west-2)");
        assertThat(notification.text()).startsWith("ERROR: Backup plan arrakis-backup-plan-staging "
                + "(24c4824f-131b-41a9-8995-e8e494e2a784) was deleted: the resources it selected are no longer backed "
                + "up by it.")
                .contains("Backup plan:  arrakis-backup-plan-staging (24c4824f-131b-41a9-8995-e8e494e2a784)",
                        "Changed at:   2026-11-22 08:18:19 UTC");
    }

    @Test
    void keepsAStatusMessageFromCrowdingOutTheRest() {
        AwsBackupEvent event = TestEvents.backupJob("e-1", "job-1", "FAILED",
                "\"statusMessage\":\"" + "x".repeat(5_000) + "\"");

        Notification notification = renderer.render(SeverityPolicyTest.facts(event),
                Classification.of(Severity.ERROR, "FAILED"));

        assertThat(notification.text()).contains("x".repeat(2_000) + "...\n").doesNotContain("x".repeat(2_001));
        assertThat(Formats.time(Instant.EPOCH)).isEqualTo("1970-01-01 00:00:00 UTC");
    }

    private Notification render(String file, Optional<JobDescription> description) {
        AlertFacts facts = AlertFactsAssembler.assemble(TestEvents.functionEvent(file), description,
                Optional.empty());
        return renderer.render(facts, new SeverityPolicy(BenignPatterns.none()).classify(facts));
    }
}
