package com.backupsentinel.ondemand.service;

import static com.backupsentinel.ondemand.service.Fixtures.ALICE;
import static com.backupsentinel.ondemand.service.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRulesTest {

    /**
     * @param states      the started jobs' states, space separated ("-" for none)
     * @param notStarted  how many jobs were refused
     */
    @ParameterizedTest(name = "{0} + {1} not started -> {2}")
    @CsvSource({
        "CREATED CREATED, 0, Pending",
        "PENDING CREATED, 0, Pending",
        "RUNNING CREATED, 0, Running",
        "COMPLETED CREATED, 0, Running",
        "ABORTING COMPLETED, 0, Running",
        "COMPLETED COMPLETED, 0, Success",
        "COMPLETED FAILED, 0, PartialFailure",
        "RUNNING EXPIRED, 0, PartialFailure",
        "COMPLETED PARTIAL, 0, PartialFailure",
        "FAILED ABORTED, 0, Failed",
        "RUNNING, 1, PartialFailure",
        "COMPLETED, 1, PartialFailure",
        "-, 2, Failed",
        "NOT_FOUND COMPLETED, 0, PartialFailure",
        "-, 0, Pending"
    })
    void derivesTheOverallStatusFromTheJobs(String states, int notStarted, String expected) {
        List<StartedJob> jobs = new ArrayList<>();
        Map<String, JobProgress> progress = new LinkedHashMap<>();
        if (!states.equals("-")) {
            int i = 0;
            for (String state : states.split(" ")) {
                String id = "job-" + i++;
                jobs.add(new StartedJob(id, "arn:aws:rds:us-west-2:123456789012:db:d" + i, "RDS", "", Map.of()));
                progress.put(id, new JobProgress(id, state, "", "", "", ""));
            }
        }
        List<FailedJob> failures = new ArrayList<>();
        for (int i = 0; i < notStarted; i++) {
            failures.add(new FailedJob("arn:aws:rds:us-west-2:123456789012:db:x" + i, "RDS", "", "Throttling", "t"));
        }
        RequestRecord record = RequestRecord.newBackup("2026-11-21t09-30-00", NOW, ALICE, false, List.of(), NOW)
                .withOutcome(jobs, failures, List.of());

        assertThat(StatusRules.overall(record, progress).wireName()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "config backup written={0}, missing={1} -> {2}")
    @CsvSource({"true, 0, Success", "true, 1, PartialFailure", "false, 1, Failed", "false, 0, Pending"})
    void derivesTheStatusOfConfigurationBackups(boolean written, int missing, String expected) {
        List<FailedJob> failures = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            failures.add(new FailedJob("s3://b/k" + i, "", "", "NoSuchKey", "missing"));
        }
        RequestRecord record = RequestRecord.newBackup("2026-11-21t09-30-00", NOW, ALICE, true, List.of(), NOW)
                .withConfigBackup(written ? Optional.of(new ConfigBackupLocation("b", "k", List.of())) : Optional.empty(),
                        failures);

        assertThat(StatusRules.overall(record, Map.of()).wireName()).isEqualTo(expected);
    }
}
