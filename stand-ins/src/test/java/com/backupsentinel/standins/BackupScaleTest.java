package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupJobState;

/** A generated inventory of 10,000 jobs and 5,000 recovery points served page by page. */
class BackupScaleTest {

    private static BackupStandIn backup;
    private static BackupClient client;

    @BeforeAll
    static void start() {
        backup = BackupStandIn.start(StandInOptions.empty().withClock(Clock.systemUTC()), GeneratedInventory.of(10_000, 5_000));
        client = Clients.of(BackupClient.builder(), backup.endpoint(), GeneratedInventory.REGION);
    }

    @AfterAll
    static void stop() {
        client.close();
        backup.close();
    }

    @Test
    void listsTenThousandJobsInPagesOfAThousand() {
        int before = backup.callCount("ListBackupJobs");
        long listed = client.listBackupJobsPaginator(request -> request.maxResults(1000)).backupJobs().stream().count();
        assertThat(listed).isEqualTo(10_000);
        assertThat(backup.callCount("ListBackupJobs") - before).isEqualTo(10);
    }

    @Test
    void findsTheFewRunningJobsInOneCall() {
        int before = backup.callCount("ListBackupJobs");
        assertThat(client.listBackupJobsPaginator(request -> request.byState(BackupJobState.RUNNING).maxResults(1000))
                .backupJobs().stream().count()).isEqualTo(10);
        assertThat(backup.callCount("ListBackupJobs") - before).isEqualTo(1);
    }

    @Test
    void listsRecoveryPointsByVaultAndByResource() {
        assertThat(client.listRecoveryPointsByBackupVaultPaginator(request -> request.backupVaultName(GeneratedInventory.VAULT)
                .maxResults(1000)).recoveryPoints().stream().count()).isEqualTo(5_000);
        assertThat(client.listRecoveryPointsByResourcePaginator(request -> request
                .resourceArn("arn:aws:ec2:us-west-2:123456789012:volume/vol-7")).recoveryPoints().stream().count()).isEqualTo(10);
    }
}
