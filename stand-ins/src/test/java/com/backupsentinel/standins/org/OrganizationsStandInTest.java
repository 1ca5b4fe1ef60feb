package com.backupsentinel.standins.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.EmbeddedAws;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountState;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;

/**
 * The Organizations stand-in through the real SDK: ListAccounts in its JSON 1.1 wire shape, paged by NextToken at most
 * 20 a page, the generated organisation listed as AWS lists one (management account first, members, accounts that
 * are no longer ACTIVE, one of them without the State field), member credentials refused, throttling retried.
 */
class OrganizationsStandInTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:30:00Z");
    private static final int MEMBERS = 45;
    private static OrgEstate estate;
    private static OrgStandIns aws;

    @BeforeAll
    static void start() {
        estate = OrgEstate.generate(MEMBERS, 1, NOW);
        aws = OrgStandIns.start(estate, Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static OrganizationsClient organizations(AwsCredentials credentials) {
        return OrganizationsClient.builder()
                .endpointOverride(URI.create(aws.endpointEnvironment().get("AWS_ENDPOINT_URL_ORGANIZATIONS")))
                .region(Region.US_WEST_2).credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build())
                .build();
    }

    private static OrganizationsClient central() {
        return organizations(AwsBasicCredentials.create(EmbeddedAws.ACCESS_KEY_ID, EmbeddedAws.SECRET_ACCESS_KEY));
    }

    @Test
    void listsEveryAccountInPagesOfAtMostTwentyWithTheManagementAccountFirst() {
        OrganizationsServer server = aws.organizations().orElseThrow();
        int before = server.listAccountsCalls();
        List<Account> accounts;
        try (OrganizationsClient organizations = central()) {
            accounts = organizations.listAccountsPaginator(request -> request.maxResults(20)).stream()
                    .flatMap(page -> page.accounts().stream()).toList();
        }
        int total = 1 + MEMBERS + OrgEstate.INACTIVE_ACCOUNTS;
        assertThat(accounts).hasSize(total);
        assertThat(server.listAccountsCalls() - before).isEqualTo((total + 19) / 20);
        Account management = accounts.get(0);
        assertThat(management.id()).isEqualTo(OrgEstate.CENTRAL_ACCOUNT_ID);
        assertThat(management.arn()).isEqualTo("arn:aws:organizations::111111111111:account/" + OrgEstate.ORGANIZATION_ID
                + "/111111111111");
        assertThat(accounts.subList(1, 1 + MEMBERS)).extracting(Account::id)
                .containsExactlyElementsOf(estate.accounts().stream().map(MemberAccount::accountId).toList());
        assertThat(accounts.get(1).name()).isEqualTo(estate.accounts().get(0).name());
        assertThat(accounts.get(1).state()).isEqualTo(AccountState.ACTIVE);
        assertThat(accounts.get(1).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.get(1).email()).isEqualTo("aws+payments-prod@example.com");
        assertThat(accounts.get(1).joinedTimestamp()).isBefore(NOW);
        Account suspended = accounts.get(total - 2);
        assertThat(suspended.state()).as("listed without State, as older answers list accounts").isNull();
        assertThat(suspended.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(accounts.get(total - 1).state()).isEqualTo(AccountState.CLOSED);
        assertThat(accounts.get(total - 1).status()).isEqualTo(AccountStatus.SUSPENDED);
    }

    @Test
    void aPageHoldsMaxResultsAccountsAndANextTokenWhileAccountsRemain() {
        try (OrganizationsClient organizations = central()) {
            ListAccountsResponse first = organizations.listAccounts(request -> request.maxResults(7));
            assertThat(first.accounts()).hasSize(7);
            assertThat(first.nextToken()).isNotBlank();
            ListAccountsResponse second = organizations.listAccounts(request -> request.maxResults(7)
                    .nextToken(first.nextToken()));
            assertThat(second.accounts().get(0).id()).isEqualTo(estate.accounts().get(6).accountId());
            ListAccountsResponse all = organizations.listAccounts(request -> request.maxResults(20));
            assertThat(all.accounts()).hasSize(20);
        }
    }

    @Test
    void aTokenItDidNotHandOutOrTooLargeAPageIsInvalidInput() {
        try (OrganizationsClient organizations = central()) {
            assertThatThrownBy(() -> organizations.listAccounts(request -> request.nextToken("not-a-token")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.reasonAsString()).isEqualTo("INVALID_PAGINATION_TOKEN");
                    });
            assertThatThrownBy(() -> organizations.listAccounts(request -> request.maxResults(21)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("MaxResults must be a number from 1"
                            + " to 20, got 21");
        }
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsInvalidInputWithItsReason() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(aws.endpointEnvironment()
                        .get("AWS_ENDPOINT_URL_ORGANIZATIONS")))
                .header("X-Amz-Target", OrganizationsServer.TARGET_PREFIX + "ListAccounts")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(response.body()).isEqualTo("{\"__type\":\"InvalidInputException\",\"Message\":\"The request body"
                + " must be a JSON object\",\"Reason\":\"INVALID_INPUT\"}");
    }

    @Test
    void memberCredentialsAreAccessDenied() {
        String member = estate.accounts().get(0).accountId();
        try (OrganizationsClient organizations = organizations(AwsSessionCredentials.create(
                AssumedRoleKeys.accessKeyFor(member), "secret", "token"))) {
            assertThatThrownBy(organizations::listAccounts).isInstanceOfSatisfying(AccessDeniedException.class, e ->
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("You don't have permissions to access this resource."));
        }
    }

    @Test
    void aThrottledCallIsRetriedByTheSdkAndAnUnknownOperationRefused() {
        OrganizationsServer server = aws.organizations().orElseThrow();
        try (OrganizationsClient organizations = central()) {
            server.throttle(1);
            int before = server.listAccountsCalls();
            assertThat(organizations.listAccounts(request -> request.maxResults(5)).accounts()).hasSize(5);
            assertThat(server.listAccountsCalls() - before).as("the throttled call and its retry").isEqualTo(2);
            assertThatThrownBy(organizations::describeOrganization).isInstanceOfSatisfying(OrganizationsException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException"));
        }
    }

    @Test
    void standInsWithoutAnOrganizationStartNoOrganizationsEndpoint() {
        try (OrgStandIns withoutOrganizations = OrgStandIns.start(estate.organisation(Optional.empty()),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertThat(withoutOrganizations.organizations()).isEmpty();
            assertThat(withoutOrganizations.endpointEnvironment()).doesNotContainKey("AWS_ENDPOINT_URL_ORGANIZATIONS");
        }
    }
}
