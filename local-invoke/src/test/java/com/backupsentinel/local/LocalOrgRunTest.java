package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.org.OrgEstate;
import com.backupsentinel.standins.org.PlantedFailure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * local-org-run on a small organisation (12 members x 2 regions): the plan function lists it through the
 * Organizations stand-in and the Map runs exactly the items its ItemReader reads back, every shard accounted for, the
 * org report's totals the sums of the shards' own JSON reports, the planted failures ranked first, one digest.
 */
class LocalOrgRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ACCOUNTS = 12;
    private static final int REGIONS = 2;

    @TempDir
    static Path temp;
    private static LocalOrgRun.Result result;
    private static Path capture;
    private static String terminal;

    @BeforeAll
    static void run() throws Exception {
        capture = temp.resolve("capture");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream logs = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        LocalOrgRun run = new LocalOrgRun(new PrintStream(printed, true, StandardCharsets.UTF_8), logs,
                ProjectFunctions.ROOT.resolve("template.yaml"));
        CaptureSink.prepare(capture);
        try {
            result = run.fanOut(OrgRunArguments.parse("--accounts", Integer.toString(ACCOUNTS), "--regions",
                    Integer.toString(REGIONS), "--capture", capture.toString(), "--time-scale", "0"));
        } finally {
            CaptureSink.deactivate();
        }
        terminal = printed.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void removeTheOverlay() {
        Environment.installOverlay(Map.of());
    }

    @Test
    void everyShardOfTheMapRunsAndTheRunProducesItsReport() {
        assertThat(result.succeeded()).as(terminal).isTrue();
        assertThat(result.children()).hasSize(ACCOUNTS * REGIONS).allMatch(ChildExecution::succeeded);
        assertThat(terminal).contains(result.response().orElseThrow().path("headline").asText());
        assertThat(orgReport().path("shards").path("total").asInt()).isEqualTo(ACCOUNTS * REGIONS);
        assertThat(orgReport().path("accounts").path("total").asInt()).isEqualTo(ACCOUNTS);
    }

    @Test
    void thePlanListsTheOrganisationAndTheMapRunsExactlyTheItemsItsItemReaderReads() {
        JsonNode plan = result.plan().orElseThrow();
        assertThat(plan.path("source").asText()).isEqualTo("ORGANIZATIONS");
        assertThat(plan.path("listedAccounts").asInt()).isEqualTo(1 + ACCOUNTS + OrgEstate.INACTIVE_ACCOUNTS);
        assertThat(plan.path("notActiveAccounts").asInt()).isEqualTo(OrgEstate.INACTIVE_ACCOUNTS);
        assertThat(plan.path("excludedAccounts").asInt()).as("the management account").isEqualTo(1);
        assertThat(plan.path("shards").asInt()).isEqualTo(ACCOUNTS * REGIONS);
        assertThat(terminal).contains("local-org-run: planned " + ACCOUNTS * REGIONS + " shards in ");

        JsonNode items = read(object(path -> path.endsWith("/shard-items.json")).orElseThrow());
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(ACCOUNTS * REGIONS);
        for (int i = 0; i < items.size(); i++) {
            JsonNode input = read(result.children().get(i).input());
            assertThat(input.path("accountId")).isEqualTo(items.get(i).path("accountId"));
            assertThat(input.path("accountName")).isEqualTo(items.get(i).path("accountName"));
            assertThat(input.path("region")).isEqualTo(items.get(i).path("region"));
        }
        assertThat(read(result.children().get(0).input()).path("accountId").asText())
                .as("the management account is excluded, the members come in ListAccounts order")
                .isEqualTo(OrgEstate.generate(ACCOUNTS, REGIONS, Instant.now()).accounts().get(0).accountId());
    }

    @Test
    void orgTotalsAreTheSumsOfTheShardsOwnReports() throws IOException {
        List<JsonNode> shards = shardReports();
        JsonNode org = orgReport();
        long findings = shards.stream().mapToLong(s -> s.path("summary").path("findings").asLong()).sum();
        long resources = shards.stream().mapToLong(s -> s.path("summary").path("nonCompliantResources").asLong()).sum();
        assertThat(org.path("findings").asLong()).isEqualTo(findings).isPositive();
        assertThat(org.path("nonCompliantResources").asLong()).isEqualTo(resources).isPositive();
        Map<String, Long> byStatus = shards.stream().collect(Collectors.groupingBy(
                s -> s.path("summary").path("status").asText(), Collectors.counting()));
        int withoutReport = ACCOUNTS * REGIONS - shards.size();
        assertThat(org.path("shards").path("compliant").asLong()).isEqualTo(byStatus.getOrDefault("COMPLIANT", 0L));
        assertThat(org.path("shards").path("nonCompliant").asLong())
                .isEqualTo(byStatus.getOrDefault("NON_COMPLIANT", 0L));
        assertThat(org.path("shards").path("error").asLong())
                .isEqualTo(byStatus.getOrDefault("ERROR", 0L) + withoutReport);
        for (JsonNode control : org.path("controls")) {
            String name = control.path("control").asText();
            long controlFindings = 0;
            long controlResources = 0;
            for (JsonNode shard : shards) {
                for (JsonNode summary : shard.path("summary").path("controls")) {
                    if (summary.path("control").asText().equals(name)) {
                        controlFindings += summary.path("findings").asLong();
                        controlResources += summary.path("nonCompliantResources").asLong();
                    }
                }
            }
            assertThat(control.path("findings").asLong()).as(name).isEqualTo(controlFindings);
            assertThat(control.path("nonCompliantResources").asLong()).as(name).isEqualTo(controlResources);
        }
    }

    @Test
    void plantedFailuresRankFirst() {
        OrgEstate estate = OrgEstate.generate(ACCOUNTS, REGIONS, Instant.now());
        Set<String> planted = estate.planted().stream().filter(PlantedFailure::ranksAtTop)
                .map(PlantedFailure::accountId).collect(Collectors.toSet());
        assertThat(planted).hasSize(5);
        List<String> top = Stream.iterate(0, i -> i + 1).limit(planted.size())
                .map(i -> orgReport().path("ranking").get(i).path("accountId").asText()).toList();
        assertThat(top).containsExactlyInAnyOrderElementsOf(planted);
        JsonNode first = orgReport().path("ranking").get(0);
        assertThat(first.path("status").asText()).isEqualTo("ERROR");
        assertThat(orgReport().path("ranking").get(planted.size()).path("status").asText()).isEqualTo("COMPLIANT");
    }

    @Test
    void aThrottledShardIsRetriedAndAShardThrottledPastItsRetriesIsItsAccountsError() {
        OrgEstate estate = OrgEstate.generate(ACCOUNTS, REGIONS, Instant.now());
        String retried = estate.planted(PlantedFailure.Kind.LAMBDA_THROTTLED_ONCE_RETRIED).get(0).accountId();
        String caught = estate.planted(PlantedFailure.Kind.LAMBDA_THROTTLED).get(0).accountId();
        Map<String, Integer> invocations = new HashMap<>();
        result.children().forEach(child -> invocations.merge(read(child.input()).path("accountId").asText(),
                child.invocations(), Integer::sum));
        assertThat(invocations.get(retried)).isEqualTo(REGIONS + 2);
        assertThat(invocations.get(caught)).isEqualTo(1 + 7);
        JsonNode account = account(caught);
        assertThat(account.path("status").asText()).isEqualTo("ERROR");
        assertThat(account.path("shards").toString()).contains("shard failed after retries: "
                + "Lambda.TooManyRequestsException: Rate Exceeded. (Service: Lambda, Status Code: 429");
        assertThat(account(retried).path("status").asText()).isEqualTo("COMPLIANT");
    }

    @Test
    void oneDigestIsPublished() throws IOException {
        try (Stream<Path> files = Files.list(capture.resolve("sns"))) {
            assertThat(files.toList()).hasSize(1);
        }
        JsonNode digest = JSON.readTree(capture.resolve("sns/001.json").toFile());
        assertThat(digest.path("subject").asText()).startsWith("[development] Org backup validation: 3 accounts in"
                + " error, 2 non-compliant of 12");
    }

    private static JsonNode account(String accountId) {
        for (JsonNode account : orgReport().path("ranking")) {
            if (account.path("accountId").asText().equals(accountId)) {
                return account;
            }
        }
        throw new AssertionError("no account " + accountId);
    }

    private static JsonNode orgReport() {
        return read(object(path -> path.endsWith("org-report.json")).orElseThrow());
    }

    private static List<JsonNode> shardReports() throws IOException {
        try (Stream<Path> files = Files.walk(capture.resolve("s3"))) {
            return files.filter(p -> p.toString().contains("/shards/") && p.getFileName().toString()
                    .startsWith("validation-") && p.toString().endsWith(".json")).map(LocalOrgRunTest::read).toList();
        }
    }

    private static Optional<Path> object(Predicate<String> name) {
        try (Stream<Path> files = Files.walk(capture.resolve("s3"))) {
            return files.filter(p -> name.test(p.toString())).findFirst();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
