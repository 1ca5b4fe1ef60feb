package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupException;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupJobState;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.CopyJobState;
import software.amazon.awssdk.services.backup.model.InvalidParameterValueException;
import software.amazon.awssdk.services.backup.model.ListBackupJobsResponse;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;
import software.amazon.awssdk.services.backup.model.RestoreJobStatus;

/** List, filter, paginate and describe through the real SDK against the demo account inventory. */
class BackupStandInTest {

    private static final Instant WINDOW_START = DemoClock.EXPORTED_AT.minus(Duration.ofHours(24));

    private static BackupStandIn backup;
    private static BackupClient client;
    private static BackupClient replicaClient;

    @BeforeAll
    static void start() {
        backup = BackupStandIn.start(DemoClock.demoAtExportTime());
        client = Clients.of(BackupClient.builder(), backup.endpoint(), "us-west-2");
        replicaClient = Clients.of(BackupClient.builder(), backup.endpoint(), "us-east-1");
    }

    @AfterAll
    static void stop() {
        client.close();
        replicaClient.close();
        backup.close();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        LoopbackOnly.assertLoopbackOnly(backup.endpoint());
    }

    @Test
    void paginatesEveryBackupJobWithTheSdkPaginatorWithoutRepeatsOrGaps() {
        int before = backup.callCount("ListBackupJobs");
        Set<String> ids = new HashSet<>();
        int pages = 0;
        for (ListBackupJobsResponse page : client.listBackupJobsPaginator(request -> request.maxResults(100))) {
            pages++;
            assertThat(page.backupJobs()).hasSizeLessThanOrEqualTo(100);
            page.backupJobs().forEach(job -> assertThat(ids.add(job.backupJobId())).as("repeated %s", job.backupJobId()).isTrue());
        }
        assertThat(ids).hasSize(588);
        assertThat(pages).isEqualTo(6);
        assertThat(backup.callCount("ListBackupJobs") - before).isEqualTo(6);
    }

    @Test
    void listsNewestFirstWithTimestampsAsTheSdkParsesThem() {
        List<BackupJob> jobs = client.listBackupJobs(request -> request.maxResults(5)).backupJobs();
        assertThat(jobs).extracting(BackupJob::creationDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(jobs.get(0).creationDate()).isBetween(WINDOW_START, DemoClock.EXPORTED_AT);
        assertThat(jobs.get(0).accountId()).isEqualTo("123456789012");
    }

    @Test
    void filtersBackupJobsByStateCreationWindowTypeVaultAndMessageCategory() {
        assertThat(count(BackupJobState.FAILED, null, null, null)).isEqualTo(8);
        assertThat(count(BackupJobState.FAILED, WINDOW_START, null, null)).isEqualTo(3);
        assertThat(client.listBackupJobsPaginator(request -> request.byCreatedAfter(WINDOW_START)).backupJobs().stream().count())
                .isEqualTo(41);
        assertThat(client.listBackupJobsPaginator(request -> request.byResourceType("EBS").byState(BackupJobState.ABORTED))
                .backupJobs().stream().count()).isEqualTo(2);
        assertThat(client.listBackupJobsPaginator(request -> request.byBackupVaultName("arrakis-backup-vault-staging"))
                .backupJobs().stream().count()).isEqualTo(211);
        long completed = count(BackupJobState.COMPLETED, null, null, null);
        long clean = client.listBackupJobsPaginator(request -> request.byState(BackupJobState.COMPLETED).byMessageCategory("SUCCESS"))
                .backupJobs().stream().count();
        assertThat(completed - clean).as("completed with issues").isEqualTo(2);
        assertThat(client.listBackupJobsPaginator(request -> request.byCompleteBefore(Instant.parse("2026-11-10T00:00:00Z")))
                .backupJobs().stream().allMatch(job -> job.completionDate().isBefore(Instant.parse("2026-11-10T00:00:00Z"))))
                .isTrue();
        assertThat(client.listBackupJobsPaginator(request -> request.byCreatedBefore(Instant.parse("2026-11-10T00:00:00Z")))
                .backupJobs().stream().count()).isEqualTo(42);
    }

    @Test
    void scopesJobsToTheCallersAccountUnlessByAccountIdAsksOtherwise() {
        assertThat(client.listBackupJobsPaginator(request -> request.byAccountId("*")).backupJobs().stream().count())
                .isEqualTo(588);
        assertThat(client.listBackupJobsPaginator(request -> request.byAccountId("210987654321")).backupJobs().stream().count())
                .isZero();
        assertThatThrownBy(() -> client.listBackupJobs(request -> request.byAccountId("not-an-account")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'not-an-account' at 'byAccountId' failed to satisfy "
                        + "constraint");
    }

    @Test
    void rejectsMaxResultsOutsideOneToAThousand() {
        assertThatThrownBy(() -> client.listBackupJobs(request -> request.maxResults(0)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1")
                .satisfies(e -> assertThat(((BackupException) e).statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> client.listRecoveryPointsByBackupVault(request -> request
                .backupVaultName("arrakis-backup-vault-production").maxResults(1001)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Member must have value less than or equal to 1000");
    }

    @Test
    void rejectsATokenItDidNotIssue() {
        assertThatThrownBy(() -> client.listBackupJobs(request -> request.nextToken("bm90LWEtdG9rZW4")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("Invalid NextToken: bm90LWEtdG9rZW4");
    }

    @Test
    void rejectsAStateTheApiDoesNotHave() {
        assertThatThrownBy(() -> client.listCopyJobs(request -> request.byState("ABORTED")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Value 'ABORTED' at 'state' failed to satisfy constraint: Member must satisfy enum value set");
    }

    @Test
    void servesEachRegionFromTheSignaturesCredentialScope() {
        assertThat(client.listBackupVaults().backupVaultList()).extracting(BackupVaultListMember::backupVaultName)
                .containsExactly("arrakis-backup-vault-production", "arrakis-backup-vault-staging",
                        "arrakis-airgapped-vault-production");
        assertThat(replicaClient.listBackupVaults().backupVaultList()).extracting(BackupVaultListMember::backupVaultName)
                .containsExactly("arrakis-backup-vault-replica-production");
        assertThat(replicaClient.listBackupJobs().backupJobs()).isEmpty();
        assertThat(replicaClient.listRecoveryPointsByBackupVaultPaginator(request -> request
                .backupVaultName("arrakis-backup-vault-replica-production")).recoveryPoints().stream().count()).isEqualTo(389);
    }

    @Test
    void listsCopyAndRestoreJobsWithTheirFilters() {
        assertThat(client.listCopyJobsPaginator(request -> request.byState(CopyJobState.FAILED)).copyJobs().stream().count())
                .isEqualTo(2);
        assertThat(client.listCopyJobsPaginator(request -> request.byCreatedAfter(WINDOW_START)).copyJobs().stream().count())
                .isEqualTo(23);
        assertThat(client.listCopyJobsPaginator(request -> request.byDestinationVaultArn(
                "arn:aws:backup:us-east-1:123456789012:backup-vault:arrakis-backup-vault-replica-production"))
                .copyJobs().stream().count()).isEqualTo(365);
        assertThat(client.listRestoreJobsPaginator(request -> request.byStatus(RestoreJobStatus.COMPLETED)).restoreJobs()
                .stream().count()).isEqualTo(9);
        assertThat(client.listRestoreJobsPaginator(request -> request.byRestoreTestingPlanArn(
                "arn:aws:backup:us-west-2:123456789012:restore-testing-plan:arrakis_weekly_restore_test-k3v9qd"))
                .restoreJobs().stream().count()).isEqualTo(7);
    }

    @Test
    void describesJobsByIdAndAnswersNotFoundForUnknownOnes() {
        BackupJob listed = client.listBackupJobs(request -> request.byState(BackupJobState.RUNNING).maxResults(1)).backupJobs().get(0);
        assertThat(client.describeBackupJob(request -> request.backupJobId(listed.backupJobId())).state())
                .isEqualTo(BackupJobState.RUNNING);
        String copyId = client.listCopyJobs(request -> request.maxResults(1)).copyJobs().get(0).copyJobId();
        assertThat(client.describeCopyJob(request -> request.copyJobId(copyId)).copyJob().copyJobId()).isEqualTo(copyId);
        String restoreId = client.listRestoreJobs(request -> request.maxResults(1)).restoreJobs().get(0).restoreJobId();
        assertThat(client.describeRestoreJob(request -> request.restoreJobId(restoreId)).restoreJobId()).isEqualTo(restoreId);
        assertThatThrownBy(() -> client.describeBackupJob(request -> request.backupJobId("00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Backup job 00000000-0000-0000-0000-000000000000 does not exist in us-west-2")
                .satisfies(e -> assertThat(((BackupException) e).statusCode()).isEqualTo(404));
    }

    private long count(BackupJobState state, Instant after, Instant before, String type) {
        return client.listBackupJobsPaginator(request -> request.byState(state).byCreatedAfter(after).byCreatedBefore(before)
                .byResourceType(type)).backupJobs().stream().count();
    }
}
