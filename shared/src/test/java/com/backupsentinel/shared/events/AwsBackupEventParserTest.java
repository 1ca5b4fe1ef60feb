package com.backupsentinel.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AwsBackupEventParserTest {

    private static final Path AWS_SAMPLES = Path.of(System.getProperty("sentinel.root", ".."))
            .resolve("events/aws-samples").normalize();

    static Stream<Path> awsSamples() throws IOException {
        try (Stream<Path> files = Files.list(AWS_SAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("awsSamples")
    void readsEveryAwsSampleAsAModelledDetailType(Path sample) throws IOException {
        AwsBackupEvent event = AwsBackupEventParser.parse(Files.readAllBytes(sample));

        assertThat(event.envelope().source()).isEqualTo("aws.backup");
        assertThat(event.detail().type()).isPresent();
        assertThat(event.detail().state()).hasValueSatisfying(state -> assertThat(state).isUpperCase());
    }

    @Test
    void readsTheEnvelopeKeepingA13DigitAccountIdAsText() throws IOException {
        AwsBackupEvent event = sample("backup-job-failed.json");

        assertThat(event.envelope()).isEqualTo(new EventEnvelope("710b0398-d48e-f3c3-afca-cfeb2fdaa656",
                "Backup Job State Change", "aws.backup", "1112233445566", Instant.parse("2020-07-29T20:15:26Z"),
                "us-west-2", List.of()));
    }

    @Test
    void readsAFailedBackupJobAndDropsTheQuotesAwsPutsAroundItsStatusMessage() throws IOException {
        BackupJobStateChange job = (BackupJobStateChange) sample("backup-job-failed.json").detail();

        assertThat(job.backupJobId()).isEqualTo("34176239-e96d-4e1d-9fad-529dbb3c3556");
        assertThat(job.facts().state()).isEqualTo("FAILED");
        assertThat(job.facts().statusMessage()).contains("Backup job failed because backup vault "
                + "arn:aws:backup:us-west-2:1112233445566:backup-vault:9ab3e749-82c6-4342-9320-5edbf4918b86 "
                + "does not exist.");
        assertThat(job.facts().backupVaultName()).contains("9ab3e749-82c6-4342-9320-5edbf4918b86");
        assertThat(job.facts().bytesTransferred()).contains(0L);
        assertThat(job.facts().backupSizeInBytes()).isEmpty();
        assertThat(job.facts().creationDate()).contains(Instant.parse("2020-07-29T20:13:07.392Z"));
        assertThat(job.retryCount()).contains(3);
    }

    @Test
    void readsSizesGivenAsText() throws IOException {
        BackupJobStateChange job = (BackupJobStateChange) sample("backup-job-completed.json").detail();

        assertThat(job.facts().backupSizeInBytes()).contains(36_048L);
        assertThat(job.facts().completionDate()).contains(Instant.parse("2020-07-15T21:41:05.921Z"));
        assertThat(job.facts().percentDone()).contains(100);
    }

    @Test
    void readsSizesGivenAsNumbersAndAnEmptyObjectInPlaceOfAnArn() throws IOException {
        CopyJobStateChange copy = (CopyJobStateChange) sample("copy-job-failed.json").detail();

        assertThat(copy.copyJobId()).isEqualTo("47C8EF56-74D8-059D-1301-C5BE1D5C926E");
        assertThat(copy.facts().backupSizeInBytes()).contains(22_548_578_304L);
        assertThat(copy.destinationRecoveryPointArn()).isEmpty();
        assertThat(copy.facts().backupVaultName()).contains("55aa945e-c46a-421b-aa27-f94b074e31b7");
        assertThat(copy.facts().statusMessage()).contains("Access denied exception while trying to list tags");
    }

    @Test
    void readsStatusWhereOtherEventsSayState() throws IOException {
        RestoreJobStateChange restore = (RestoreJobStateChange) sample("restore-job-completed.json").detail();
        RecoveryPointStateChange point = (RecoveryPointStateChange) sample("recovery-point-completed.json").detail();

        assertThat(restore.facts().state()).isEqualTo("COMPLETED");
        assertThat(restore.facts().resourceArn()).contains("arn:aws:rds:us-west-2:1112233445566:db:example-database");
        assertThat(restore.createdResourceArn()).hasValueSatisfying(arn -> assertThat(arn).contains("testinginstance"));
        assertThat(restore.facts().backupSizeInBytes()).contains(0L);
        assertThat(point.facts().state()).isEqualTo("COMPLETED");
        assertThat(point.recoveryPointArn()).isEqualTo("arn:aws:rds:us-west-2:1112233445566:cluster-snapshot:"
                + "awsbackup:job-4ece7121-d60e-00c2-5c3b-49960142d03b");
        assertThat(point.encrypted()).contains(false);
        assertThat(point.deleteAfterDays()).contains(100);
        assertThat(point.deleteAt()).contains(Instant.parse("2020-10-23T21:38:31.152Z"));
        assertThat(point.facts().createdBy()).hasValueSatisfying(plan -> {
            assertThat(plan.backupPlanId()).isEqualTo("bde0f455-4e24-4668-aeaa-4932a97f5cc5");
            assertThat(plan.backupRuleId()).contains("1f97bafa-14d6-4f39-94fd-94b51bd6d0d5");
        });
    }

    @Test
    void readsTheNonIsoExpectedCompletionDateOfARunningJob() {
        BackupJobStateChange job = (BackupJobStateChange) AwsBackupEventParser.parse(envelope(
                "Backup Job State Change", "{\"backupJobId\":\"j-1\",\"state\":\"RUNNING\","
                        + "\"expectedCompletionDate\":\"Jul 15, 2020 9:39:07 PM\",\"percentDone\":\"99.0\"}")).detail();

        assertThat(job.facts().expectedCompletionDate()).contains(Instant.parse("2020-07-15T21:39:07Z"));
        assertThat(job.facts().percentDone()).contains(99);
    }

    @Test
    void readsDatesGivenAsEpochSecondsOrWithAnOffset() {
        BackupJobStateChange job = (BackupJobStateChange) AwsBackupEventParser.parse(envelope(
                "Backup Job State Change", "{\"backupJobId\":\"j-1\",\"state\":\"RUNNING\","
                        + "\"creationDate\":1594849111.152,\"startBy\":\"2020-07-16T07:00:00+02:00\"}")).detail();

        assertThat(job.facts().creationDate()).contains(Instant.parse("2020-07-15T21:38:31.152Z"));
        assertThat(job.facts().startBy()).contains(Instant.parse("2020-07-16T05:00:00Z"));
    }

    @Test
    void readsABareCreatedEventThatHasOnlyAnIdAndADate() {
        BackupJobStateChange job = (BackupJobStateChange) AwsBackupEventParser.parse(envelope(
                "Backup Job State Change", "{\"backupJobId\":\"7e8845b5\",\"state\":\"created\","
                        + "\"creationDate\":\"2020-06-22T20:32:47.466Z\"}")).detail();

        assertThat(job.facts().state()).isEqualTo("CREATED");
        assertThat(job.facts().resourceArn()).isEmpty();
        assertThat(job.facts().backupVaultName()).isEmpty();
        assertThat(job.facts().createdBy()).isEmpty();
    }

    @Test
    void readsVaultLockAsTextAndTheVaultNameFromTheResourceArnWhenTheDetailLacksIt() {
        BackupVaultStateChange vault = (BackupVaultStateChange) AwsBackupEventParser.parse(envelopeWithResource(
                "Backup Vault State Change", "{\"state\":\"MODIFIED\",\"isLocked\":\"false\"}",
                "arn:aws:backup:us-west-2:1112233445566:backup-vault:payments-vault")).detail();

        assertThat(vault.backupVaultName()).isEqualTo("payments-vault");
        assertThat(vault.locked()).contains(false);
        assertThat(vault.state()).contains("MODIFIED");
    }

    @Test
    void readsThePlanChangeDate() {
        BackupPlanStateChange plan = (BackupPlanStateChange) AwsBackupEventParser.parse(envelope(
                "Backup Plan State Change", "{\"backupPlanId\":\"p-1\",\"versionId\":\"v1\","
                        + "\"deletionDate\":\"2020-06-24T23:18:19.411Z\",\"state\":\"DELETED\"}")).detail();

        assertThat(plan).isEqualTo(new BackupPlanStateChange("p-1", "DELETED", Optional.of("v1"),
                Optional.of(Instant.parse("2020-06-24T23:18:19.411Z"))));
    }

    @Test
    void keepsAnUnknownAwsBackupDetailTypeWithItsStateAndDetail() {
        UnknownBackupEventDetail detail = (UnknownBackupEventDetail) AwsBackupEventParser.parse(envelope(
                "Region Setting State Change", "{\"state\":\"MODIFIED\",\"ResourceTypeOptInPreference\":"
                        + "{\"Aurora\":true}}")).detail();

        assertThat(detail.detailType()).isEqualTo("Region Setting State Change");
        assertThat(detail.state()).contains("MODIFIED");
        assertThat(detail.type()).isEmpty();
        assertThat(detail.detailJson()).isEqualTo("{\"state\":\"MODIFIED\",\"ResourceTypeOptInPreference\":"
                + "{\"Aurora\":true}}");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse("{\"source\": "))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Event is not valid JSON: unexpected end of input at line 1, column 12: expected a value (an "
                        + "object, array, string, number, true, false or null)");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse("[1, 2]"))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Event must be a JSON object (an EventBridge event), got array");
    }

    @Test
    void rejectsAnotherSource() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Object Created", "{}")
                .replace("\"aws.backup\"", "\"aws.s3\"")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Event source 'aws.s3' is not aws.backup: this function handles AWS Backup events only");
    }

    @Test
    void rejectsAnEventLargerThanEventBridgeSendsBeforeReadingIt() {
        byte[] event = ("{\"source\":\"aws.backup\",\"pad\":\"" + "a".repeat(300 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AwsBackupEventParser.parse(event))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Event is " + event.length + " bytes; EventBridge events are at most 262144 bytes");
    }

    @Test
    void rejectsAnEpochTimeNoInstantHolds() {
        String event = envelope("Backup Job State Change", "{\"backupJobId\":\"j\",\"state\":\"FAILED\"}");

        assertThatThrownBy(() -> AwsBackupEventParser.parse(event.replace("\"2026-11-20T01:00:00Z\"", "1e400")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("time must be a date such as 2020-07-15T21:40:31.207Z or epoch seconds, got \"Infinity\"");
        assertThatThrownBy(() -> AwsBackupEventParser.parse(event.replace("\"2026-11-20T01:00:00Z\"", "1e30")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("time must be a date such as 2020-07-15T21:40:31.207Z or epoch seconds, got 1.0E30");
    }

    @Test
    void quotesAnotherSourceShortAndVisible() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Object Created", "{}")
                .replace("\"aws.backup\"", "\"aws.s3\\n" + "x".repeat(200) + "\"")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Event source 'aws.s3\\u000a" + "x".repeat(93) + "...' is not aws.backup: this function"
                        + " handles AWS Backup events only");
    }

    @Test
    void rejectsAJobEventWithoutItsJobId() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Copy Job State Change",
                "{\"state\":\"CREATED\"}")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Copy Job State Change event e-1 lacks detail.copyJobId, so it cannot be identified "
                        + "or deduplicated");
    }

    @Test
    void rejectsAJobEventWithoutAState() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Restore Job State Change",
                "{\"restoreJobId\":\"r-1\"}")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Restore Job State Change event e-1 lacks detail.state (or detail.status)");
    }

    @Test
    void rejectsASizeThatIsNotANumber() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Backup Job State Change",
                "{\"backupJobId\":\"j-1\",\"state\":\"FAILED\",\"backupSizeInBytes\":\"lots\"}")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("detail.backupSizeInBytes must be a whole number (a JSON number or numeric text), "
                        + "got \"lots\"");
    }

    @Test
    void rejectsADateInNoKnownFormat() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Backup Job State Change",
                "{\"backupJobId\":\"j-1\",\"state\":\"FAILED\",\"creationDate\":\"yesterday\"}")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("detail.creationDate must be a date such as 2020-07-15T21:40:31.207Z or "
                        + "Jul 15, 2020 9:39:07 PM, got \"yesterday\"");
    }

    @Test
    void rejectsADetailThatIsNotAnObject() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Backup Job State Change", "\"FAILED\"")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("Backup Job State Change event e-1 has no detail object");
    }

    @Test
    void rejectsAnEnvelopeWithoutAnId() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Backup Job State Change", "{}")
                .replace("\"id\":\"e-1\",", "")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("The Backup Job State Change event lacks id");
    }

    @Test
    void rejectsAStatusMessageThatIsAnObject() {
        assertThatThrownBy(() -> AwsBackupEventParser.parse(envelope("Backup Job State Change",
                "{\"backupJobId\":\"j-1\",\"state\":\"FAILED\",\"statusMessage\":{\"text\":\"x\"}}")))
                .isInstanceOf(InvalidBackupEventException.class)
                .hasMessage("detail.statusMessage must be text, got {\"text\":\"x\"}");
    }

    private static AwsBackupEvent sample(String name) throws IOException {
        return AwsBackupEventParser.parse(Files.readAllBytes(AWS_SAMPLES.resolve(name)));
    }

    static String envelope(String detailType, String detail) {
        return envelopeWithResource(detailType, detail, null);
    }

    static String envelopeWithResource(String detailType, String detail, String resource) {
        return "{\"version\":\"0\",\"id\":\"e-1\",\"detail-type\":\"" + detailType + "\",\"source\":\"aws.backup\","
                + "\"account\":\"111122223333\",\"time\":\"2026-11-20T01:00:00Z\",\"region\":\"eu-west-1\","
                + "\"resources\":[" + (resource == null ? "" : "\"" + resource + "\"") + "],\"detail\":" + detail + "}";
    }
}
