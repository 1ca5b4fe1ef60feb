package com.backupsentinel.usage;

import static com.backupsentinel.usage.UsageLogFixtures.canonical;
import static com.backupsentinel.usage.UsageLogFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.usage.CallerIdentity.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsageLogParserTest {

    private static final UsageLog EXPECTED = new UsageLog("airbnb", UsageLogFixtures.ARN, "AIDAEXAMPLEUSERID1234",
            new CallerIdentity("aws", "111122223333", Kind.IAM_USER, "john.doe"),
            Instant.parse("2025-10-30T14:30:52Z"), UsageLogFixtures.MD5, 5, "airbnb-project", "arena-cluster");

    @Test
    void parsesTheCanonicalTerraformShape() {
        UsageLog log = parse(canonical());

        assertThat(log).isEqualTo(EXPECTED);
        assertThat(log.user()).isEqualTo("john.doe");
        assertThat(log.date()).hasToString("2025-10-30");
    }

    static Stream<Arguments> aliases() {
        return Stream.of(
                Arguments.of("customer_name", "customer"),
                Arguments.of("user_arn", "aws_user_arn"),
                Arguments.of("user_arn", "caller_arn"),
                Arguments.of("user_arn", "arn"),
                Arguments.of("user_id", "aws_user_id"),
                Arguments.of("timestamp", "deployed_at"),
                Arguments.of("config_hash", "config_md5"),
                Arguments.of("additional_users_count", "additional_users"),
                Arguments.of("project_name", "atlas_project_name"),
                Arguments.of("cluster_name", "atlas_cluster_name"));
    }

    @ParameterizedTest
    @MethodSource("aliases")
    void acceptsEveryDocumentedAlias(String canonicalName, String alias) {
        ObjectNode node = canonical();
        node.set(alias, node.remove(canonicalName));

        assertThat(parse(node)).isEqualTo(EXPECTED);
    }

    @Test
    void acceptsTheCallerIdentityAsANestedAwsUserObject() {
        ObjectNode node = canonical();
        ObjectNode awsUser = node.putObject("aws_user");
        awsUser.set("arn", node.remove("user_arn"));
        awsUser.set("user_id", node.remove("user_id"));

        assertThat(parse(node)).isEqualTo(EXPECTED);
    }

    @Test
    void acceptsTheAdditionalUsersCountAsAStringOfDigits() {
        ObjectNode node = canonical().put("additional_users_count", "5");

        assertThat(parse(node)).isEqualTo(EXPECTED);
    }

    @Test
    void ignoresUnknownFieldsAndLowercasesTheConfigHash() {
        ObjectNode node = canonical().put("aws_account_id", "111122223333")
                .put("config_hash", UsageLogFixtures.MD5.toUpperCase(Locale.ROOT));

        assertThat(parse(node)).isEqualTo(EXPECTED);
    }

    @Test
    void allowsEmptyProjectAndClusterNames() {
        UsageLog log = parse(canonical().put("project_name", "").put("cluster_name", ""));

        assertThat(log.projectName()).isEmpty();
        assertThat(log.clusterName()).isEmpty();
    }

    static Stream<Arguments> timestamps() {
        return Stream.of(
                Arguments.of("\"2025-10-30T14:30:52Z\"", "2025-10-30T14:30:52Z"),
                Arguments.of("\"2025-10-30T14:30:52.250Z\"", "2025-10-30T14:30:52.250Z"),
                Arguments.of("\"2025-10-30T16:30:52+02:00\"", "2025-10-30T14:30:52Z"),
                Arguments.of("\"2025-10-30_143052\"", "2025-10-30T14:30:52Z"),
                Arguments.of("1761834652", "2025-10-30T14:30:52Z"),
                Arguments.of("\"1761834652\"", "2025-10-30T14:30:52Z"),
                Arguments.of("1761834652.25", "2025-10-30T14:30:52.250Z"),
                Arguments.of("1761834652000", "2025-10-30T14:30:52Z"));
    }

    @ParameterizedTest
    @MethodSource("timestamps")
    void readsEveryDocumentedTimestampSpelling(String json, String instant) throws Exception {
        ObjectNode node = canonical();
        node.set("timestamp", Json.mapper().readTree(json));

        assertThat(parse(node).deployedAt()).isEqualTo(Instant.parse(instant));
    }

    static Stream<Arguments> invalidLogs() {
        return Stream.of(
                invalid(canonical().put("customer_name", "globex"), QuarantineReason.CUSTOMER_MISMATCH,
                        "the customer 'globex' in the body differs from the customer folder 'airbnb' in the key"),
                invalid(canonical().put("customer_name", "../airbnb"), QuarantineReason.CUSTOMER_INVALID,
                        "in the body: the customer name '../airbnb' contains '/', '\\' or '..', which could escape"
                                + " its prefix"),
                invalid(without("customer_name"), QuarantineReason.MISSING_FIELD,
                        "customer_name is missing (also accepted: customer)"),
                invalid(canonical().put("customer", "airbnb"), QuarantineReason.AMBIGUOUS_FIELD,
                        "fields customer_name and customer are both present; send one"),
                invalid(canonical().put("customer_name", 7), QuarantineReason.WRONG_TYPE,
                        "customer_name must be a string, got an integer"),
                invalid(canonical().put("user_arn", "arn:aws:iam::111122223333:group/admins"),
                        QuarantineReason.ARN_INVALID, "the caller ARN 'arn:aws:iam::111122223333:group/admins' is not"
                                + " an IAM user, root, assumed-role (SSO included) or federated-user ARN"),
                invalid(canonical().put("user_id", " "), QuarantineReason.INVALID_VALUE, "user_id is blank"),
                invalid(canonical().put("timestamp", "2030-01-01T00:00:00Z"), QuarantineReason.TIMESTAMP_IMPLAUSIBLE,
                        "the deployment time 2030-01-01T00:00:00Z is not between 2015-01-01T00:00:00Z and one hour"
                                + " from now (2025-11-21T13:00:00Z)"),
                invalid(canonical().put("timestamp", 1000), QuarantineReason.TIMESTAMP_IMPLAUSIBLE,
                        "the deployment time 1970-01-01T00:16:40Z is not between 2015-01-01T00:00:00Z and one hour"
                                + " from now (2025-11-21T13:00:00Z)"),
                invalid(canonical().put("timestamp", "2025-10-30T14:30:52"), QuarantineReason.TIMESTAMP_INVALID,
                        "timestamp '2025-10-30T14:30:52' has no UTC offset; use e.g. 2025-10-30T14:30:52Z"),
                invalid(canonical().put("timestamp", "yesterday"), QuarantineReason.TIMESTAMP_INVALID,
                        "timestamp 'yesterday' is not an RFC 3339 timestamp such as 2025-10-30T14:30:52Z, nor epoch"
                                + " seconds"),
                invalid(canonical().put("timestamp", -5), QuarantineReason.TIMESTAMP_INVALID,
                        "timestamp -5 is a negative epoch time"),
                invalid(canonical().put("timestamp", new java.math.BigDecimal("1E+400")), QuarantineReason.TIMESTAMP_INVALID,
                        "timestamp Infinity is not a finite number"),
                invalid(canonical().put("deployed_at", true).without("timestamp"), QuarantineReason.WRONG_TYPE,
                        "deployed_at must be an RFC 3339 string or epoch seconds, got a boolean"),
                invalid(canonical().put("config_hash", "abc"), QuarantineReason.CONFIG_HASH_INVALID,
                        "config_hash 'abc' is not an MD5 (32 hex digits)"),
                invalid(canonical().put("additional_users_count", -1), QuarantineReason.INVALID_VALUE,
                        "additional_users_count -1 is not between 0 and 1000000"),
                invalid(canonical().put("additional_users_count", 2.5), QuarantineReason.WRONG_TYPE,
                        "additional_users_count must be a whole number (or a string of digits), got a decimal number"),
                invalid(canonical().put("project_name", "a\nb"), QuarantineReason.INVALID_VALUE,
                        "project_name 'a\\u000ab' contains control characters"),
                invalid(canonical().put("cluster_name", "c".repeat(257)), QuarantineReason.INVALID_VALUE,
                        "cluster_name is longer than 256 characters"),
                invalid(canonical().putNull("project_name"), QuarantineReason.WRONG_TYPE,
                        "project_name must be a string, got null"));
    }

    @ParameterizedTest
    @MethodSource("invalidLogs")
    void rejectsInvalidLogsWithTheirReason(ObjectNode node, QuarantineReason reason, String message) {
        assertThatThrownBy(() -> parse(node))
                .isInstanceOfSatisfying(InvalidUsageLogException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(message);
    }

    @Test
    void rejectsContentThatIsNotJson() {
        assertRejected("{\"customer_name\": ", QuarantineReason.NOT_JSON,
                "the object is not valid JSON: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void rejectsAnEmptyObject() {
        assertRejected("", QuarantineReason.NOT_JSON, "the object is empty");
    }

    @Test
    void rejectsJsonThatIsNotOneObject() {
        assertRejected("[1, 2]", QuarantineReason.NOT_AN_OBJECT, "the object must hold one JSON object, got an array");
    }

    @Test
    void rejectsDuplicateFields() {
        assertRejected("{\"customer_name\": \"airbnb\", \"customer_name\": \"globex\"}", QuarantineReason.NOT_JSON,
                "the object is not valid JSON: Duplicate field 'customer_name'");
    }

    @Test
    void rejectsTrailingContent() {
        String content = canonical() + " {}";

        assertThatThrownBy(() -> parseText(content))
                .isInstanceOfSatisfying(InvalidUsageLogException.class,
                        e -> assertThat(e.reason()).isEqualTo(QuarantineReason.NOT_JSON))
                .hasMessageStartingWith("the object is not valid JSON: Trailing token");
    }

    private static void assertRejected(String content, QuarantineReason reason, String message) {
        assertThatThrownBy(() -> parseText(content))
                .isInstanceOfSatisfying(InvalidUsageLogException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(message);
    }

    private static UsageLog parseText(String content) {
        return new UsageLogParser(UsageLogFixtures.CLOCK).parse(UsageLogKey.parse(UsageLogFixtures.KEY),
                content.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode without(String field) {
        ObjectNode node = canonical();
        node.remove(field);
        return node;
    }

    private static Arguments invalid(JsonNode node, QuarantineReason reason, String message) {
        return Arguments.of(node, reason, message);
    }
}
