package com.backupsentinel.standins.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.EmbeddedAws;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The organisation's stand-ins through the real SDK: STS's AssumeRole in its wire shape, and AWS Backup answering
 * each request with the inventory of the account whose credentials signed it.
 */
class OrgStandInsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:30:00Z");
    private static final String EXTERNAL_ID = "backup-sentinel-o-abc";
    private static OrgEstate estate;
    private static OrgStandIns aws;

    @BeforeAll
    static void start() {
        estate = OrgEstate.generate(16, 2, NOW);
        aws = OrgStandIns.start(estate, Optional.of(EXTERNAL_ID), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static StsClient sts() {
        return client(StsClient.builder(), endpoint("STS"), AwsBasicCredentials.create(EmbeddedAws.ACCESS_KEY_ID,
                EmbeddedAws.SECRET_ACCESS_KEY));
    }

    private static URI endpoint(String service) {
        return URI.create(aws.endpointEnvironment().get("AWS_ENDPOINT_URL_" + service));
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder,
                                                                                               URI endpoint,
                                                                                               AwsCredentials credentials) {
        return builder.endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build())
                .build();
    }

    private static AssumeRoleResponse assume(String account, String externalId) {
        try (StsClient sts = sts()) {
            return sts.assumeRole(request -> request.roleArn("arn:aws:iam::" + account
                    + ":role/BackupSentinelMemberReadOnly").roleSessionName("backup-sentinel-org-us-west-2")
                    .externalId(externalId).durationSeconds(900));
        }
    }

    @Test
    void assumeRoleHandsOutCredentialsWhoseKeyNamesTheAccount() {
        String account = estate.accounts().get(0).accountId();
        AssumeRoleResponse response = assume(account, EXTERNAL_ID);
        assertThat(response.credentials().accessKeyId()).isEqualTo(AssumedRoleKeys.accessKeyFor(account));
        assertThat(AssumedRoleKeys.accountOf(response.credentials().accessKeyId())).contains(account);
        assertThat(response.credentials().expiration()).isEqualTo(NOW.plusSeconds(900));
        assertThat(response.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + account
                + ":assumed-role/BackupSentinelMemberReadOnly/backup-sentinel-org-us-west-2");
        assertThat(aws.sts().assumedRoles()).anySatisfy(role -> assertThat(role.externalId()).contains(EXTERNAL_ID));
    }

    @Test
    void aMissingRoleAWrongExternalIdOrAnAccountOutsideTheOrganisationIsAccessDenied() {
        String denied = estate.planted(PlantedFailure.Kind.ASSUME_ROLE_DENIED).get(0).accountId();
        String member = estate.accounts().get(0).accountId();
        for (Runnable call : new Runnable[] {() -> assume(denied, EXTERNAL_ID), () -> assume(member, "wrong-id"),
            () -> assume("999999999999", EXTERNAL_ID)}) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            });
        }
    }

    @Test
    void aMalformedRoleArnIsAValidationError() {
        try (StsClient sts = sts()) {
            assertThatThrownBy(() -> sts.assumeRole(request -> request.roleArn("not-an-arn")
                    .roleSessionName("session")))
                    .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("ValidationError"));
        }
    }

    @Test
    void awsBackupAnswersWithTheInventoryOfTheAccountThatSigned() {
        MemberAccount first = estate.accounts().get(0);
        MemberAccount second = estate.accounts().get(1);
        for (MemberAccount account : new MemberAccount[] {first, second}) {
            var credentials = assume(account.accountId(), EXTERNAL_ID).credentials();
            try (BackupClient backup = client(BackupClient.builder(), endpoint("BACKUP"), AwsSessionCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()))) {
                assertThat(backup.listBackupVaults().backupVaultList()).singleElement().satisfies(vault ->
                        assertThat(vault.backupVaultName()).isEqualTo(account.name() + "-vault"));
                assertThat(backup.listBackupJobs().backupJobs()).allSatisfy(job ->
                        assertThat(job.accountId()).isEqualTo(account.accountId()));
            }
        }
        try (BackupClient central = client(BackupClient.builder(), endpoint("BACKUP"), AwsBasicCredentials.create(
                EmbeddedAws.ACCESS_KEY_ID, EmbeddedAws.SECRET_ACCESS_KEY))) {
            assertThat(central.listBackupVaults().backupVaultList()).as("the central account has no estate").isEmpty();
        }
    }

    @Test
    void aThrottlingAccountThrottlesEveryListBackupJobs() {
        String throttled = estate.planted(PlantedFailure.Kind.BACKUP_API_THROTTLED).get(0).accountId();
        var credentials = assume(throttled, EXTERNAL_ID).credentials();
        try (BackupClient backup = client(BackupClient.builder(), endpoint("BACKUP"), AwsSessionCredentials.create(
                credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()))) {
            assertThatThrownBy(backup::listBackupJobs).isInstanceOfSatisfying(BackupException.class, e ->
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
            assertThat(backup.listBackupVaults().backupVaultList()).hasSize(1);
        }
    }

    @Test
    void theSameArgumentsGiveTheSameOrganisationWithFailuresAtDistinctAccounts() {
        OrgEstate again = OrgEstate.generate(16, 2, NOW);
        assertThat(again.accounts()).isEqualTo(estate.accounts());
        assertThat(again.planted()).isEqualTo(estate.planted());
        assertThat(estate.planted()).extracting(PlantedFailure::accountId).doesNotHaveDuplicates().hasSize(6);
        assertThat(OrgEstate.generate(50, 2, NOW).planted()).extracting(PlantedFailure::accountId)
                .containsExactly("210000000007", "210000000013", "210000000019", "210000000026", "210000000032",
                        "210000000038");
        assertThatThrownBy(() -> OrgEstate.generate(0, 2, NOW)).hasMessage("accounts must be 1 to 100000, got 0");
    }
}
