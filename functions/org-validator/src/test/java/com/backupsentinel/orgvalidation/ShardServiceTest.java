package com.backupsentinel.orgvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.orgvalidation.shard.ShardRequest;
import com.backupsentinel.orgvalidation.shard.ShardSummary;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.StoredObject;
import com.backupsentinel.standins.org.MemberAccount;
import com.backupsentinel.standins.org.PlantedFailure;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Deadline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shard through its real wiring, against the org stand-ins: STS hands out the member role's credentials, AWS
 * Backup and the tagging API answer with that member's inventory, the reports land in the shard's folder.
 */
class ShardServiceTest {

    private static OrgFixture fixture;
    private static ShardWiring wiring;
    private static final RecordingMetrics METRICS = new RecordingMetrics();

    @BeforeAll
    static void start() {
        fixture = OrgFixture.start(16, 2);
        wiring = ShardWiring.create(fixture.environment(), fixture.clock, METRICS);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ShardSummary run(MemberAccount account, String region) {
        return wiring.service().run(new ShardRequest(account.accountId(), account.name(), region,
                new OrgRun("run-1", OrgFixture.NOW)), "req-1", Deadline.none());
    }

    private static MemberAccount planted(PlantedFailure.Kind kind) {
        String id = fixture.estate.planted(kind).get(0).accountId();
        return fixture.estate.account(id).orElseThrow();
    }

    @Test
    void aHealthyMemberIsCompliantAndItsReportsAreInTheShardsFolder() {
        MemberAccount account = fixture.estate.accounts().get(0);
        ShardSummary summary = run(account, "us-west-2");
        assertThat(summary.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(summary.findings()).isZero();
        assertThat(summary.controls()).hasSizeGreaterThanOrEqualTo(9);
        String folder = "reports/org-validation/2026/11/22/run-1/shards/" + account.accountId() + "/us-west-2/";
        assertThat(summary.reports().values()).allMatch(key -> key.startsWith(folder));
        List<String> written = fixture.aws.s3().objects().stream().map(StoredObject::key)
                .filter(key -> key.startsWith(folder)).toList();
        assertThat(written).hasSize(4).containsAll(summary.reports().values());
        assertThat(fixture.aws.sts().assumedRoles()).anySatisfy(role -> {
            assertThat(role.accountId()).isEqualTo(account.accountId());
            assertThat(role.roleName()).isEqualTo(OrgFixture.ROLE);
            assertThat(role.externalId()).contains(OrgFixture.EXTERNAL_ID);
            assertThat(role.sessionName()).isEqualTo("backup-sentinel-org-us-west-2");
        });
    }

    @Test
    void anItemWithoutANameIsNamedByTheMembersAlias() {
        MemberAccount account = fixture.estate.accounts().get(1);
        ShardSummary summary = wiring.service().run(new ShardRequest(account.accountId(), "", "eu-west-1",
                new OrgRun("run-3", OrgFixture.NOW)), "req-3", Deadline.none());
        assertThat(summary.accountName()).isEqualTo(account.name());
        assertThat(run(account, "eu-west-1").accountName()).isEqualTo(account.name());
    }

    @Test
    void aMemberWhoseBackupsFailedIsNonCompliantWithItsLoudestFindings() {
        ShardSummary summary = run(planted(PlantedFailure.Kind.FAILED_BACKUP_JOBS), "eu-west-1");
        assertThat(summary.status()).isEqualTo(ControlStatus.NON_COMPLIANT);
        assertThat(summary.findingsBySeverity()).containsKey("ERROR");
        assertThat(summary.topFindings()).hasSize(5).allSatisfy(finding ->
                assertThat(finding.accountId()).isEqualTo(planted(PlantedFailure.Kind.FAILED_BACKUP_JOBS).accountId()));
    }

    @Test
    void aMemberWithoutTheRoleIsTheShardsErrorNotAFailedInvocation() {
        MemberAccount account = planted(PlantedFailure.Kind.ASSUME_ROLE_DENIED);
        ShardSummary summary = run(account, "us-west-2");
        assertThat(summary.status()).isEqualTo(ControlStatus.ERROR);
        assertThat(summary.reason()).isEqualTo("AssumeRole arn:aws:iam::" + account.accountId() + ":role/"
                + OrgFixture.ROLE + " failed: AccessDenied: User: arn:aws:iam::111111111111:user/stand-in is not"
                + " authorized to perform: sts:AssumeRole on resource: arn:aws:iam::" + account.accountId() + ":role/"
                + OrgFixture.ROLE);
        assertThat(summary.reports()).isEmpty();
    }

    @Test
    void aWrongExternalIdIsRefusedByTheMembersTrustPolicy() {
        Map<String, String> variables = fixture.variables();
        variables.put("MEMBER_EXTERNAL_ID", "someone-elses-id");
        ShardWiring wrong = ShardWiring.create(Environment.of(variables),
                fixture.clock, new RecordingMetrics());
        MemberAccount account = fixture.estate.accounts().get(0);
        ShardSummary summary = wrong.service().run(new ShardRequest(account.accountId(), account.name(), "us-west-2",
                new OrgRun("run-2", OrgFixture.NOW)), "req-2", Deadline.none());
        assertThat(summary.status()).isEqualTo(ControlStatus.ERROR);
        assertThat(summary.reason()).contains("failed: AccessDenied");
    }

    @Test
    void aThrottlingBackupApiIsTheControlsError() {
        ShardSummary summary = run(planted(PlantedFailure.Kind.BACKUP_API_THROTTLED), "us-west-2");
        assertThat(summary.status()).isEqualTo(ControlStatus.ERROR);
        assertThat(summary.reason()).isEqualTo("job_outcomes: us-west-2: could not read backup jobs: ListBackupJobs"
                + " failed with ThrottlingException (HTTP 400): Rate exceeded");
    }
}
