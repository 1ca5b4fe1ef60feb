package com.backupsentinel.ondemand.service;

import static com.backupsentinel.ondemand.service.Fixtures.ALICE;
import static com.backupsentinel.ondemand.service.Fixtures.BOB;
import static com.backupsentinel.ondemand.service.Fixtures.EBS;
import static com.backupsentinel.ondemand.service.Fixtures.NOW;
import static com.backupsentinel.ondemand.service.Fixtures.RDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackupRequestsTest {

    private final ScriptedBackupGateway backup = new ScriptedBackupGateway();
    private final InMemoryRequestStore store = new InMemoryRequestStore();
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final MutableClock clock = new MutableClock(NOW);

    private OnDemandService service(ServiceSettings settings) {
        return new OnDemandService(settings, backup, List::of, store, new InMemoryObjectStore("reports"), metrics,
                clock);
    }

    @Test
    void startsOneJobPerResourceIntoTheConfiguredVaultWithTheConfiguredRoleAndRetention() {
        RequestView view = service(Fixtures.settings()).startBackup(new BackupCommand(List.of(RDS, EBS), false,
                "seed-1", ALICE));

        assertThat(view.record().timestamp()).isEqualTo("2026-11-21t09-30-00");
        assertThat(view.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(backup.backupCalls()).extracting(BackupJobSpec::resourceArn).containsExactly(RDS, EBS);
        BackupJobSpec first = backup.backupCalls().get(0);
        assertThat(first.vaultName()).isEqualTo(Fixtures.VAULT);
        assertThat(first.iamRoleArn()).isEqualTo(Fixtures.BACKUP_ROLE);
        assertThat(first.deleteAfterDays()).isEqualTo(30);
        assertThat(first.recoveryPointTags()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "backup-sentinel:request", "2026-11-21t09-30-00",
                "backup-sentinel:requested-by", ALICE.userArn()));
        assertThat(view.record().jobs()).extracting(StartedJob::resourceType).containsExactly("RDS", "EBS");
        assertThat(metrics.total("BackupJobsStarted")).isEqualTo(2.0);
    }

    @Test
    void startsJobsConcurrentlyAndKeepsThemInRequestOrder() {
        backup.slowDown(50);
        List<String> resources = IntStream.range(0, 12)
                .mapToObj(i -> "arn:aws:ec2:us-west-2:123456789012:volume/vol-" + i).toList();
        backup.failNext("StartBackupJob", resources.get(5), "ThrottlingException", 400, "Rate exceeded");

        RequestView view = service(Fixtures.concurrent(4)).startBackup(new BackupCommand(resources, false, "s", ALICE));

        assertThat(backup.maxInFlight()).isEqualTo(4);
        assertThat(view.record().jobs()).extracting(StartedJob::resourceArn)
                .containsExactlyElementsOf(resources.stream().filter(arn -> !arn.equals(resources.get(5))).toList());
        assertThat(view.record().failures()).extracting(FailedJob::resourceArn).containsExactly(resources.get(5));
    }

    @Test
    void passesStableAwsBackupIdempotencyTokensDerivedFromTheSeed() {
        OnDemandService service = service(Fixtures.settings());
        service.startBackup(new BackupCommand(List.of(RDS), false, "seed-1", ALICE));
        service.startBackup(new BackupCommand(List.of(RDS), false, "seed-1", ALICE));
        service.startBackup(new BackupCommand(List.of(RDS), false, "seed-2", ALICE));

        List<String> tokens = backup.backupCalls().stream().map(BackupJobSpec::idempotencyToken).toList();
        assertThat(tokens.get(0)).isEqualTo(tokens.get(1)).isNotEqualTo(tokens.get(2));
        assertThat(tokens.get(0)).matches("[0-9a-f-]{36}");
    }

    @Test
    void recordsTheCallerAndKeepsTheRecordUntilRetentionPlusGrace() {
        service(Fixtures.settings()).startBackup(new BackupCommand(List.of(RDS), false, "seed", ALICE));

        RequestRecord stored = store.find(RequestKind.BACKUP, "2026-11-21t09-30-00").orElseThrow();
        assertThat(stored.caller()).isEqualTo(ALICE);
        assertThat(stored.requestedAt()).isEqualTo(NOW);
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30 + 90)));
        assertThat(stored.plannedResources()).containsExactly(RDS);
    }

    @Test
    void keepsStartingTheOtherJobsWhenSomeAreRefusedAndReportsPartialFailure() {
        backup.failNext("StartBackupJob", RDS, "ThrottlingException", 400, "Rate exceeded");

        RequestView view = service(Fixtures.settings()).startBackup(new BackupCommand(List.of(RDS, EBS), false,
                "seed", ALICE));

        assertThat(view.status()).isEqualTo(RequestStatus.PARTIAL_FAILURE);
        assertThat(view.record().jobs()).extracting(StartedJob::resourceArn).containsExactly(EBS);
        assertThat(view.record().failures()).containsExactly(new FailedJob(RDS, "RDS", "", "ThrottlingException",
                "ThrottlingException: Rate exceeded"));
        assertThat(view.nothingStarted()).isFalse();
        assertThat(metrics.total("BackupJobsNotStarted")).isEqualTo(1.0);
    }

    @Test
    void reportsNothingStartedWhenEveryJobIsRefused() {
        backup.failNext("StartBackupJob", RDS, "AccessDeniedException", 403,
                "User: arn:aws:sts::999988887777:assumed-role/Other/x is not authorized to perform: backup:StartBackupJob");

        RequestView view = service(Fixtures.settings()).startBackup(new BackupCommand(List.of(RDS), false, "s", ALICE));

        assertThat(view.status()).isEqualTo(RequestStatus.FAILED);
        assertThat(view.nothingStarted()).isTrue();
        assertThat(view.record().failures().get(0).message()).isEqualTo("AccessDeniedException: User: <redacted-arn> "
                + "is not authorized to perform: backup:StartBackupJob");
    }

    @Test
    void givesTheNextFreeSecondWhenTwoRequestsArriveInTheSameSecond() {
        OnDemandService service = service(Fixtures.settings());
        service.startBackup(new BackupCommand(List.of(RDS), false, "a", ALICE));
        RequestView second = service.startBackup(new BackupCommand(List.of(EBS), false, "b", BOB));

        assertThat(second.record().timestamp()).isEqualTo("2026-11-21t09-30-01");
        assertThat(store.all(RequestKind.BACKUP)).hasSize(2);
    }

    @Test
    void refusesABurstBeyondThirtyRequestsInThirtySecondsWithTooMany() {
        OnDemandService service = service(Fixtures.settings());
        for (int i = 0; i < Reservations.MAX_ATTEMPTS; i++) {
            service.startBackup(new BackupCommand(List.of(RDS), false, "seed-" + i, ALICE));
        }

        assertThatThrownBy(() -> service.startBackup(new BackupCommand(List.of(RDS), false, "one-more", ALICE)))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(RequestRejectedException.Reason.TOO_MANY))
                .hasMessage("more than 30 requests arrived within 30 seconds of 2026-11-21t09-30-00 "
                        + "(request ids have one-second resolution); retry in a minute");
        assertThat(backup.backupCalls()).hasSize(30);
    }

    @Test
    void backsUpEveryResourceThePlanSelectsWhenNoResourcesAreGiven() {
        backup.addSelection(new BackupSelectionRules("sel-1", "databases", List.of(RDS,
                "arn:aws:rds:us-west-2:123456789012:db:legacy"), List.of("arn:aws:rds:us-west-2:123456789012:db:legacy"),
                List.of(), List.of()));
        backup.addSelection(new BackupSelectionRules("sel-2", "tagged-volumes", List.of(), List.of(),
                List.of(), List.of(new TagCondition(TagCondition.Operator.EQUALS, "aws:ResourceTag/Environment",
                "production"))));
        OnDemandService service = new OnDemandService(Fixtures.settings(), backup, () -> List.of(
                new TaggedResource(EBS, Map.of("Environment", "production")),
                new TaggedResource("arn:aws:ec2:us-west-2:123456789012:volume/vol-dev", Map.of("Environment", "dev")),
                new TaggedResource("arn:aws:sns:us-west-2:123456789012:alerts", Map.of("Environment", "production"))),
                store, new InMemoryObjectStore("reports"), metrics, clock);

        RequestView view = service.startBackup(new BackupCommand(List.of(), false, "seed", ALICE));

        assertThat(view.record().plannedResources()).containsExactly(RDS, EBS);
        assertThat(backup.backupCalls()).extracting(BackupJobSpec::resourceArn).containsExactly(RDS, EBS);
    }

    @Test
    void refusesAnEmptyBodyWhenNoPlanIsConfigured() {
        OnDemandService service = service(Fixtures.settings(Optional.empty(), List.of("RDS"), List.of()));

        assertThatThrownBy(() -> service.startBackup(new BackupCommand(List.of(), false, "s", ALICE)))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessage("resources is required because no backup plan is configured (BACKUP_PLAN_ID is empty)")
                .extracting(e -> ((RequestRejectedException) e).field()).isEqualTo("resources");
        assertThat(backup.backupCalls()).isEmpty();
    }

    @Test
    void refusesAnEmptyBodyWhenThePlanSelectsNothing() {
        assertThatThrownBy(() -> service(Fixtures.settings()).startBackup(new BackupCommand(List.of(), false, "s",
                ALICE)))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessage("resources is required: backup plan " + Fixtures.PLAN_ID + " selects no resource");
        assertThat(store.all(RequestKind.BACKUP)).isEmpty();
    }
}
