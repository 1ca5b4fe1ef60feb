package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.events.AwsBackupEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityPolicyTest {

    private final SeverityPolicy policy = new SeverityPolicy(BenignPatterns.none());

    @ParameterizedTest(name = "{0} {1} message=[{2}] category=[{3}] -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Backup Job State Change  | FAILED    | -                  | -              | ERROR   | FAILED",
        "Backup Job State Change  | EXPIRED   | -                  | -              | ERROR   | EXPIRED",
        "Backup Job State Change  | ABORTED   | -                  | -              | ERROR   | ABORTED",
        "Backup Job State Change  | PARTIAL   | -                  | -              | WARNING | PARTIAL",
        "Backup Job State Change  | COMPLETED | VSS attempt failed | -              | WARNING | COMPLETED with issues",
        "Backup Job State Change  | COMPLETED | -                  | ACCESS_DENIED  | WARNING | COMPLETED with issues",
        "Backup Job State Change  | COMPLETED | -                  | SUCCESS        | INFO    | COMPLETED",
        "Backup Job State Change  | COMPLETED | -                  | success        | INFO    | COMPLETED",
        "Backup Job State Change  | COMPLETED | -                  | -              | INFO    | COMPLETED",
        "Backup Job State Change  | CREATED   | -                  | -              | INFO    | CREATED",
        "Backup Job State Change  | PENDING   | -                  | -              | INFO    | PENDING",
        "Backup Job State Change  | RUNNING   | -                  | -              | INFO    | RUNNING",
        "Copy Job State Change    | FAILED    | -                  | -              | ERROR   | FAILED",
        "Copy Job State Change    | PARTIAL   | -                  | -              | WARNING | PARTIAL",
        "Copy Job State Change    | COMPLETED | -                  | AGGREGATE_ALL  | WARNING | COMPLETED with issues",
        "Copy Job State Change    | COMPLETED | -                  | SUCCESS        | INFO    | COMPLETED",
        "Copy Job State Change    | RUNNING   | -                  | -              | INFO    | RUNNING",
        "Restore Job State Change | FAILED    | -                  | -              | ERROR   | FAILED",
        "Restore Job State Change | ABORTED   | -                  | -              | INFO    | ABORTED",
        "Restore Job State Change | COMPLETED | -                  | -              | INFO    | COMPLETED",
        "Restore Job State Change | COMPLETED | Restored partially | -              | WARNING | COMPLETED with issues",
        "Restore Job State Change | PENDING   | -                  | -              | INFO    | PENDING",
    })
    void classifiesJobs(String detailType, String state, String message, String category, Severity severity,
                        String condition) {
        AlertFacts facts = job(detailType, state, Optional.ofNullable(message), Optional.ofNullable(category));

        assertThat(policy.classify(facts)).isEqualTo(Classification.of(severity, condition));
    }

    @ParameterizedTest(name = "recovery point {0} -> {1}")
    @CsvSource({"EXPIRED, WARNING", "STOPPED, WARNING", "PARTIAL, WARNING", "COMPLETED, INFO", "AVAILABLE, INFO",
        "CREATING, INFO", "DELETING, INFO"})
    void classifiesRecoveryPoints(String status, Severity severity) {
        AlertFacts facts = facts(TestEvents.event("e-1", "Recovery Point State Change",
                "{\"recoveryPointArn\":\"arn:aws:backup:us-west-2:111122223333:recovery-point:rp-1\","
                        + "\"backupVaultName\":\"vault-a\",\"status\":\"" + status + "\"}"));

        assertThat(policy.classify(facts)).isEqualTo(Classification.of(severity, status));
    }

    @ParameterizedTest(name = "vault {0} isLocked={1} -> {2} {3}")
    @CsvSource(nullValues = "-", value = {"DELETED, -, ERROR, DELETED", "MODIFIED, false, ERROR, lock removed",
        "MODIFIED, true, INFO, MODIFIED", "MODIFIED, -, INFO, MODIFIED", "CREATED, -, INFO, CREATED"})
    void classifiesVaults(String state, String locked, Severity severity, String condition) {
        AlertFacts facts = facts(TestEvents.event("e-1", "Backup Vault State Change",
                "{\"backupVaultName\":\"vault-a\",\"state\":\"" + state + "\""
                        + (locked == null ? "" : ",\"isLocked\":\"" + locked + "\"") + "}"));

        assertThat(policy.classify(facts)).isEqualTo(Classification.of(severity, condition));
    }

    @ParameterizedTest(name = "plan {0} -> {1}")
    @CsvSource({"DELETED, ERROR", "CREATED, INFO", "MODIFIED, INFO"})
    void classifiesPlans(String state, Severity severity) {
        AlertFacts facts = facts(TestEvents.event("e-1", "Backup Plan State Change",
                "{\"backupPlanId\":\"plan-1\",\"state\":\"" + state + "\"}"));

        assertThat(policy.classify(facts)).isEqualTo(Classification.of(severity, state));
    }

    @Test
    void classifiesAnUnknownAwsBackupDetailTypeAsInfoWhateverItsState() {
        AlertFacts facts = facts(TestEvents.event("e-1", "Recovery Point Index State Change",
                "{\"indexStatus\":\"FAILED\",\"state\":\"FAILED\"}"));

        assertThat(policy.classify(facts)).isEqualTo(Classification.of(Severity.INFO, "FAILED"));
    }

    @Test
    void downgradesAWarningWhoseStatusMessageMatchesABenignPattern() {
        SeverityPolicy benign = new SeverityPolicy(BenignPatterns.of(List.of("volume was not quiesced")));
        AlertFacts facts = facts(TestEvents.functionEvent("backup-job-completed-with-issues.json"));

        assertThat(benign.classify(facts)).isEqualTo(new Classification(Severity.INFO, "COMPLETED with issues",
                Optional.of("volume was not quiesced")));
    }

    @Test
    void downgradesAWarningWhoseMessageCategoryMatchesABenignPattern() {
        SeverityPolicy benign = new SeverityPolicy(BenignPatterns.of(List.of("aggregate_all")));
        AlertFacts facts = job("Copy Job State Change", "COMPLETED", Optional.empty(), Optional.of("AGGREGATE_ALL"));

        assertThat(benign.classify(facts).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void neverDowngradesAnError() {
        SeverityPolicy benign = new SeverityPolicy(BenignPatterns.of(List.of("*")));
        AlertFacts facts = facts(TestEvents.functionEvent("backup-job-failed.json"));

        assertThat(benign.classify(facts)).isEqualTo(Classification.of(Severity.ERROR, "FAILED"));
    }

    @Test
    void keepsAWarningThatMatchesNoPattern() {
        SeverityPolicy benign = new SeverityPolicy(BenignPatterns.of(List.of("Windows VSS*timed out")));
        AlertFacts facts = facts(TestEvents.functionEvent("backup-job-completed-with-issues.json"));

        assertThat(benign.classify(facts)).isEqualTo(Classification.of(Severity.WARNING, "COMPLETED with issues"));
    }

    @Test
    void putsTheCeilingOfACompletedJobWithoutAStatusAtWarningUntilALookUpSaysOtherwise() {
        AwsBackupEvent completed = TestEvents.functionEvent("backup-job-completed.json");

        assertThat(policy.ceiling(completed)).isEqualTo(Severity.WARNING);
        assertThat(policy.classify(facts(completed)).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void putsTheCeilingOfOtherEventsAtTheirOwnSeverity() {
        assertThat(policy.ceiling(TestEvents.functionEvent("backup-job-failed.json"))).isEqualTo(Severity.ERROR);
        assertThat(policy.ceiling(TestEvents.functionEvent("backup-job-running.json"))).isEqualTo(Severity.INFO);
        assertThat(policy.ceiling(TestEvents.functionEvent("backup-vault-lock-removed.json")))
                .isEqualTo(Severity.ERROR);
        assertThat(policy.ceiling(TestEvents.functionEvent("unknown-detail-type.json"))).isEqualTo(Severity.INFO);
        assertThat(policy.ceiling(TestEvents.functionEvent("recovery-point-expired.json")))
                .isEqualTo(Severity.WARNING);
    }

    private static AlertFacts job(String detailType, String state, Optional<String> message,
                                  Optional<String> category) {
        String idField = detailType.startsWith("Copy") ? "copyJobId"
                : detailType.startsWith("Restore") ? "restoreJobId" : "backupJobId";
        String stateField = detailType.startsWith("Restore") ? "status" : "state";
        String detail = "{\"" + idField + "\":\"job-1\",\"" + stateField + "\":\"" + state + "\""
                + message.map(m -> ",\"statusMessage\":\"" + m + "\"").orElse("")
                + category.map(c -> ",\"messageCategory\":\"" + c + "\"").orElse("") + "}";
        return facts(TestEvents.event("e-1", detailType, detail));
    }

    static AlertFacts facts(AwsBackupEvent event) {
        return AlertFactsAssembler.assemble(event, Optional.empty(), Optional.empty());
    }
}
