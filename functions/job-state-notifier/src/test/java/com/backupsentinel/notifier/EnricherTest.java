package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.BackupJobStateChange;
import com.backupsentinel.shared.events.DetailType;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private final RecordingMetrics metrics = new RecordingMetrics();

    @Test
    void fillsOnlyTheGapsTheEventLeaves() {
        JobDescription described = new JobDescription(Optional.of("from AWS Backup"), Optional.of("SUCCESS"),
                Optional.of("arn:aws:rds:us-west-2:111122223333:db:other"), Optional.empty(),
                Optional.of("orders-db"), Optional.empty(), Optional.empty(), Optional.of(10L), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("nightly"));
        InMemoryBackupLookup lookup = new InMemoryBackupLookup()
                .describe("FE603449-9C6D-4A69-9561-31C1BDC7E9FC", described);

        AlertFacts facts = new Enricher(lookup, metrics).enrich(TestEvents.functionEvent("backup-job-failed.json"));

        assertThat(facts.statusMessage()).contains("Insufficient privileges to perform this action: the backup role "
                + "is not allowed to call rds:AddTagsToResource on arrakis-billing-production.");
        assertThat(facts.resourceArn()).contains("arn:aws:rds:us-west-2:123456789012:db:arrakis-billing-production");
        assertThat(facts.messageCategory()).contains("SUCCESS");
        assertThat(facts.resourceName()).contains("orders-db");
        assertThat(facts.backupSizeInBytes()).contains(0L);
        assertThat(facts.backupPlanName()).contains("nightly");
        assertThat(facts.enrichmentFailure()).isEmpty();
        assertThat(lookup.calls()).containsExactly("DescribeBackupJob FE603449-9C6D-4A69-9561-31C1BDC7E9FC");
    }

    @Test
    void takesNoOutcomeFromTheLookUpForAJobThatHasNotFinished() {
        JobDescription finishedSince = new JobDescription(Optional.of("Backup job failed later"),
                Optional.of("AccessDenied"), Optional.empty(), Optional.empty(), Optional.of("arrakis-media-production"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2026-11-20T03:00:00Z")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("arrakis-backup-plan-production"));
        InMemoryBackupLookup lookup = new InMemoryBackupLookup()
                .describe("8F525812-376D-48C3-80ED-20D7E0352A59", finishedSince);

        AlertFacts facts = new Enricher(lookup, metrics).enrich(TestEvents.functionEvent("backup-job-running.json"));

        assertThat(facts.statusMessage()).isEmpty();
        assertThat(facts.messageCategory()).isEmpty();
        assertThat(facts.completionDate()).isEmpty();
        assertThat(facts.resourceName()).contains("arrakis-media-production");
        assertThat(facts.backupPlanName()).contains("arrakis-backup-plan-production");
    }

    @Test
    void looksUpEachKindOfJobAndRecoveryPointWithItsOwnOperation() {
        InMemoryBackupLookup lookup = new InMemoryBackupLookup().answerEverythingWith(JobDescription.empty());
        Enricher enricher = new Enricher(lookup, metrics);

        enricher.enrich(TestEvents.functionEvent("copy-job-failed.json"));
        enricher.enrich(TestEvents.functionEvent("restore-job-failed.json"));
        enricher.enrich(TestEvents.functionEvent("recovery-point-expired.json"));

        assertThat(lookup.calls()).containsExactly("DescribeCopyJob A73C99C9-F170-461B-9706-B4FDB18FC100",
                "DescribeRestoreJob 0331C80A-697A-4949-8E06-D10B32A38C6F",
                "DescribeRecoveryPoint arn:aws:backup:us-west-2:123456789012:recovery-point:"
                        + "0274FB13-3406-492D-8830-0D2C6F154F28");
    }

    @Test
    void recordsAFailedLookUpAndCountsIt() {
        InMemoryBackupLookup lookup = new InMemoryBackupLookup().fail("A73C99C9-F170-461B-9706-B4FDB18FC100",
                "ThrottlingException: Rate exceeded (HTTP 400)");

        AlertFacts facts = new Enricher(lookup, metrics).enrich(TestEvents.functionEvent("copy-job-failed.json"));

        assertThat(facts.enrichmentFailure()).contains(new EnrichmentFailure("DescribeCopyJob",
                "ThrottlingException: Rate exceeded (HTTP 400)"));
        assertThat(facts.backupSizeInBytes()).contains(107_374_182_400L);
        assertThat(metrics.total("EnrichmentFailures", Map.of("Operation", "DescribeCopyJob"))).isEqualTo(1);
    }

    @Test
    void doesNotLookUpARecoveryPointWhoseEventNamesNoVault() {
        InMemoryBackupLookup lookup = new InMemoryBackupLookup().answerEverythingWith(JobDescription.empty());
        AwsBackupEvent event = TestEvents.event("e-1", "Recovery Point State Change",
                "{\"recoveryPointArn\":\"arn:aws:backup:us-west-2:111122223333:recovery-point:rp-1\","
                        + "\"status\":\"EXPIRED\"}");

        AlertFacts facts = new Enricher(lookup, metrics).enrich(event);

        assertThat(lookup.calls()).isEmpty();
        assertThat(facts.enrichmentFailure()).contains(new EnrichmentFailure("DescribeRecoveryPoint",
                "not attempted: the event names no backup vault"));
    }

    @Test
    void looksNothingUpForVaultsAndOtherDetailTypes() {
        InMemoryBackupLookup lookup = new InMemoryBackupLookup();
        Enricher enricher = new Enricher(lookup, metrics);

        enricher.enrich(TestEvents.functionEvent("backup-vault-deleted.json"));
        enricher.enrich(TestEvents.functionEvent("unknown-detail-type.json"));

        assertThat(lookup.calls()).isEmpty();
    }

    @Test
    void namesThePlanOfAPlanEvent() {
        InMemoryBackupLookup lookup = new InMemoryBackupLookup().describe("24c4824f-131b-41a9-8995-e8e494e2a784",
                InMemoryBackupLookup.planNamed("arrakis-backup-plan-staging"));

        AlertFacts facts = new Enricher(lookup, metrics).enrich(TestEvents.functionEvent("backup-plan-deleted.json"));

        assertThat(facts.backupPlanName()).contains("arrakis-backup-plan-staging");
        assertThat(lookup.calls()).containsExactly("GetBackupPlan 24c4824f-131b-41a9-8995-e8e494e2a784");
    }

    @Test
    void keepsThePlanIdWhenThePlanCannotBeNamed() {
        AlertFacts facts = new Enricher(new InMemoryBackupLookup(), metrics)
                .enrich(TestEvents.functionEvent("backup-plan-deleted.json"));

        assertThat(facts.backupPlanName()).isEmpty();
        assertThat(facts.enrichmentFailure()).contains(new EnrichmentFailure("GetBackupPlan",
                "ResourceNotFoundException: 24c4824f-131b-41a9-8995-e8e494e2a784 not found (HTTP 400)"));
        assertThat(metrics.total("EnrichmentFailures", Map.of("Operation", "GetBackupPlan"))).isEqualTo(1);
    }

    @Test
    void needsNoLookUpWhenTheEventCarriesEveryFact() {
        AwsBackupEvent complete = TestEvents.backupJob("e-1", "job-1", "COMPLETED", "\"messageCategory\":\"SUCCESS\","
                + "\"resourceName\":\"orders\",\"backupVaultName\":\"vault-a\",\"backupSizeInBytes\":10,"
                + "\"completionDate\":\"2026-11-20T01:00:00Z\"");

        assertThat(Enricher.missingFacts(DetailType.BACKUP_JOB,
                ((BackupJobStateChange) complete.detail()).facts())).isEmpty();
        assertThat(Enricher.missingFacts(DetailType.BACKUP_JOB, ((BackupJobStateChange) TestEvents
                .functionEvent("backup-job-failed.json").detail()).facts()))
                .containsExactly("messageCategory", "resourceName", "backupPlanName");
    }
}
