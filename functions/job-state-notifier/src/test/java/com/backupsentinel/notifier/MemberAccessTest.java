package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.events.AwsBackupEvent;
import com.backupsentinel.shared.events.AwsBackupEventParser;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.org.AssumedRoleKeys;
import com.backupsentinel.standins.org.MemberAccount;
import com.backupsentinel.standins.org.OrgEstate;
import com.backupsentinel.standins.org.OrgStandIns;
import com.backupsentinel.standins.org.PlantedFailure;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;

/**
 * Org-wide alerts against the org stand-ins through the real SDK: an event a member account forwarded is enriched
 * through that account's read-only role (STS AssumeRole with the external id, then AWS Backup in the member account),
 * names the account by its IAM alias, and is deduplicated under a key that includes the account.
 */
class MemberAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:30:00Z");
    private static final String HOME = "111111111111";
    private static final String EXTERNAL_ID = "backup-sentinel-o-abc";
    private static OrgEstate estate;
    private static OrgStandIns aws;

    @BeforeAll
    static void start() {
        estate = OrgEstate.generate(8, 1, NOW);
        aws = OrgStandIns.start(estate, Optional.of(EXTERNAL_ID), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>(aws.endpointEnvironment());
        variables.put("MEMBER_ROLE_NAME", "BackupSentinelMemberReadOnly");
        variables.put("MEMBER_EXTERNAL_ID", EXTERNAL_ID);
        variables.put("HOME_ACCOUNT_ID", HOME);
        return variables;
    }

    private static AccountLookups lookups(InMemoryBackupLookup home) {
        Environment environment = Environment.of(variables());
        return MemberAccess.lookups(environment, AwsClientFactory.fromEnvironment(environment), home,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A failed-backup event as the member account's rule forwards it: only the job id, state and account. */
    private static AwsBackupEvent forwarded(String account, String jobId) {
        String json = "{\"version\":\"0\",\"id\":\"e60d885b-2ca5-0b6d-2839-16d8f330d59f\",\"detail-type\":"
                + "\"Backup Job State Change\",\"source\":\"aws.backup\",\"account\":\"" + account + "\",\"time\":"
                + "\"2026-11-22T03:31:00Z\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":{\"backupJobId\":\""
                + jobId + "\",\"state\":\"FAILED\"}}";
        return AwsBackupEventParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String firstJobOf(MemberAccount account) {
        // the key STS hands out for the member: the AWS Backup stand-in answers with that member's inventory
        try (BackupClient backup = BackupClient.builder().endpointOverride(URI.create(
                aws.endpointEnvironment().get("AWS_ENDPOINT_URL_BACKUP"))).region(Region.US_WEST_2)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(AssumedRoleKeys.accessKeyFor(account.accountId()), "secret",
                                "token"))).build()) {
            return backup.listBackupJobs().backupJobs().get(0).backupJobId();
        }
    }

    @Test
    void aMemberAccountsEventIsEnrichedThroughItsRoleAndNamedByItsAlias() {
        MemberAccount account = estate.accounts().get(0);
        InMemoryBackupLookup home = new InMemoryBackupLookup();
        Enricher enricher = new Enricher(lookups(home), new RecordingMetrics());
        AlertFacts facts = enricher.enrich(forwarded(account.accountId(), firstJobOf(account)));
        assertThat(facts.enrichmentFailure()).isEmpty();
        assertThat(facts.resourceType()).isPresent();
        assertThat(facts.resourceName()).hasValueSatisfying(name -> assertThat(name).startsWith(account.name()));
        assertThat(facts.extras()).contains(new Fact("Account alias", account.name()));
        assertThat(home.calls()).as("the home account's client is not used for a member's event").isEmpty();
        assertThat(aws.sts().assumedRoles()).anySatisfy(role -> {
            assertThat(role.accountId()).isEqualTo(account.accountId());
            assertThat(role.externalId()).contains(EXTERNAL_ID);
            assertThat(role.sessionName()).isEqualTo(MemberAccountLookups.SESSION_NAME);
        });
    }

    @Test
    void aBurstOfOneAccountsEventsAssumesItsRoleOnceAndReadsItsAliasOnce() {
        MemberAccount account = estate.accounts().get(1);
        AccountLookups lookups = lookups(new InMemoryBackupLookup());
        Enricher enricher = new Enricher(lookups, new RecordingMetrics());
        String job = firstJobOf(account);
        long before = aws.sts().assumedRoles().stream().filter(r -> r.accountId().equals(account.accountId())).count();
        for (int i = 0; i < 5; i++) {
            enricher.enrich(forwarded(account.accountId(), job));
        }
        assertThat(aws.sts().assumedRoles().stream().filter(r -> r.accountId().equals(account.accountId())).count())
                .isEqualTo(before + 1);
        assertThat(aws.iam().accountCallCount(account.accountId())).isEqualTo(1);
    }

    @Test
    void aMemberWithoutTheRoleStillGetsItsAlertWithTheFailedLookUpNamed() {
        String denied = estate.planted(PlantedFailure.Kind.ASSUME_ROLE_DENIED).get(0).accountId();
        AlertFacts facts = new Enricher(lookups(new InMemoryBackupLookup()), new RecordingMetrics())
                .enrich(forwarded(denied, "1B2C3D4E-0000-0000-0000-000000000000"));
        assertThat(facts.enrichmentFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.operation()).isEqualTo("AssumeRole");
            assertThat(failure.reason()).contains("AccessDenied");
        });
        assertThat(facts.extras()).noneMatch(fact -> fact.label().equals("Account alias"));
    }

    @Test
    void theHomeAccountsEventsUseTheFunctionsOwnClientAndNoAlias() {
        InMemoryBackupLookup home = new InMemoryBackupLookup().answerEverythingWith(JobDescription.empty());
        AlertFacts facts = new Enricher(lookups(home), new RecordingMetrics()).enrich(forwarded(HOME, "job-1"));
        assertThat(home.calls()).isNotEmpty();
        assertThat(facts.extras()).noneMatch(fact -> fact.label().equals("Account alias"));
    }

    @Test
    void theDedupKeyOfAJobIncludesTheAccount() {
        assertThat(DedupKeys.keyFor(forwarded("210000000001", "JOB-1")))
                .isEqualTo("backup-job#210000000001#JOB-1#FAILED");
        assertThat(DedupKeys.keyFor(forwarded("210000000002", "JOB-1")))
                .isNotEqualTo(DedupKeys.keyFor(forwarded("210000000001", "JOB-1")));
    }

    @Test
    void withoutAMemberRoleEveryEventUsesTheFunctionsOwnClient() {
        InMemoryBackupLookup home = new InMemoryBackupLookup();
        Environment environment = Environment.of(Map.of("AWS_REGION", "us-west-2"));
        AccountLookups lookups = MemberAccess.lookups(environment, AwsClientFactory.fromEnvironment(environment), home,
                Clock.systemUTC());
        assertThat(lookups.backup(forwarded("210000000001", "JOB-1").envelope())).isSameAs(home);
        Map<String, String> variables = variables();
        variables.remove("HOME_ACCOUNT_ID");
        assertThatThrownBy(() -> MemberAccessConfig.from(Environment.of(variables)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("HOME_ACCOUNT_ID");
    }
}
