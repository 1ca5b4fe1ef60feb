package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.inventory.Inventory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListAccountAliasesResponse;

/** IAM's ListAccountAliases through the real SDK (query protocol, XML), from an inventory's alias export. */
class IamStandInTest {

    private static IamClient client(IamStandIn iam) {
        return Clients.of(IamClient.builder(), iam.endpoint(), "us-west-2");
    }

    @Test
    void listsTheAliasOfTheDemoAccount() throws Exception {
        try (IamStandIn iam = IamStandIn.start(Inventory.load(StandInOptions.demo().inventory().orElseThrow(),
                Clock.systemUTC())); IamClient client = client(iam)) {
            ListAccountAliasesResponse aliases = client.listAccountAliases();

            assertThat(aliases.accountAliases()).containsExactly("arrakis-platform");
            assertThat(aliases.isTruncated()).isFalse();
            assertThat(iam.callCount("ListAccountAliases")).isOne();
            LoopbackOnly.assertLoopbackOnly(iam.endpoint());
        }
    }

    @Test
    void anAccountWithoutAliasListsNone() {
        try (IamStandIn iam = IamStandIn.start(Inventory.empty()); IamClient client = client(iam)) {
            assertThat(client.listAccountAliases().accountAliases()).isEmpty();
        }
    }

    @Test
    void readsTheAliasExportBesideTheManifest(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("manifest.json"), "{\"accountId\": \"210987654321\", \"primaryRegion\":"
                + " \"eu-west-1\", \"exportedAt\": \"2026-11-22T06:00:00Z\", \"shiftTimesToNow\": false}");
        Files.writeString(folder.resolve("iam-list-account-aliases.json"), "{\"AccountAliases\": [\"acme-prod\"]}");

        try (IamStandIn iam = IamStandIn.start(Inventory.load(folder, Clock.systemUTC()));
             IamClient client = client(iam)) {
            assertThat(client.listAccountAliases(request -> request.maxItems(1)).accountAliases())
                    .containsExactly("acme-prod");
        }
    }

    @Test
    void answersAnInjectedAccessDeniedAsIamDoes() {
        try (IamStandIn iam = IamStandIn.start(Inventory.empty()); IamClient client = client(iam)) {
            iam.failNext("ListAccountAliases", 403, "AccessDenied", "User: arn:aws:sts::123456789012:assumed-role/"
                    + "validator/fn is not authorized to perform: iam:ListAccountAliases on resource: *", 1);

            assertThatThrownBy(client::listAccountAliases).isInstanceOfSatisfying(IamException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage()).endsWith("iam:ListAccountAliases on resource: *");
            });
            assertThat(client.listAccountAliases().accountAliases()).as("the fault was for one call").isEmpty();
        }
    }

    @Test
    void refusesActionsItDoesNotServeWithIamsInvalidAction() throws Exception {
        try (IamStandIn iam = IamStandIn.start(Inventory.empty())) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(iam.endpoint() + "/")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("Action=CreateUser&Version=2010-05-08&UserName=x"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("<Code>InvalidAction</Code>")
                    .contains("<Message>Could not find operation CreateUser for version 2010-05-08</Message>");
        }
    }
}
