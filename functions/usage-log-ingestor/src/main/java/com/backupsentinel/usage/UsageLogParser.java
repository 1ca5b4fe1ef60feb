package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads and validates one usage log. The canonical shape is what a Terraform {@code jsonencode} of the module's
 * values gives; the accepted alternative spellings of each field are listed in {@link UsageLogFields}. Unknown
 * fields are ignored, so the module can add some without breaking ingestion.
 */
final class UsageLogParser {

    static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
    static final Duration MAX_FUTURE_SKEW = Duration.ofHours(1);
    static final int MAX_TEXT_LENGTH = 256;
    static final int MAX_ADDITIONAL_USERS = 1_000_000;
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");

    /** Strict reading (duplicate keys and trailing tokens refused), set up on the first log read. */
    private static final class Strict {
        static final ObjectReader READER = Json.mapper().reader()
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private final Clock clock;

    UsageLogParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    UsageLog parse(UsageLogKey key, byte[] content) {
        UsageLogFields fields = new UsageLogFields(readObject(content));
        String customer = fields.string(UsageLogFields.CUSTOMER);
        if (!customer.equals(key.customer())) {
            CustomerNames.problem(customer).ifPresent(problem -> {
                throw new InvalidUsageLogException(QuarantineReason.CUSTOMER_INVALID, "in the body: " + problem);
            });
            throw new InvalidUsageLogException(QuarantineReason.CUSTOMER_MISMATCH, "the customer "
                    + Texts.quote(customer) + " in the body differs from the customer folder "
                    + Texts.quote(key.customer()) + " in the key");
        }
        String userArn = fields.string(UsageLogFields.USER_ARN);
        CallerIdentity caller = CallerIdentity.parse(userArn);
        String userId = boundedText(fields, UsageLogFields.USER_ID, false);
        Instant deployedAt = DeploymentTimestamps.parse(fields.nameOf(UsageLogFields.TIMESTAMP),
                fields.required(UsageLogFields.TIMESTAMP));
        requirePlausible(deployedAt);
        String configHash = fields.string(UsageLogFields.CONFIG_HASH);
        if (!MD5.matcher(configHash).matches()) {
            throw new InvalidUsageLogException(QuarantineReason.CONFIG_HASH_INVALID, fields.nameOf(
                    UsageLogFields.CONFIG_HASH) + " " + Texts.quote(configHash) + " is not an MD5 (32 hex digits)");
        }
        int additionalUsers = additionalUsers(fields);
        String project = boundedText(fields, UsageLogFields.PROJECT, true);
        String cluster = boundedText(fields, UsageLogFields.CLUSTER, true);
        return new UsageLog(customer, userArn, userId, caller, deployedAt, configHash.toLowerCase(Locale.ROOT),
                additionalUsers, project, cluster);
    }

    private static JsonNode readObject(byte[] content) {
        JsonNode root;
        try {
            root = Strict.READER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidUsageLogException(QuarantineReason.NOT_JSON,
                    "the object is not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidUsageLogException(QuarantineReason.NOT_JSON, "the object could not be read as JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidUsageLogException(QuarantineReason.NOT_JSON, "the object is empty");
        }
        if (!root.isObject()) {
            throw new InvalidUsageLogException(QuarantineReason.NOT_AN_OBJECT,
                    "the object must hold one JSON object, got " + JsonTypes.describe(root));
        }
        return root;
    }

    private void requirePlausible(Instant deployedAt) {
        Instant latest = clock.instant().plus(MAX_FUTURE_SKEW);
        if (deployedAt.isBefore(EARLIEST) || deployedAt.isAfter(latest)) {
            throw new InvalidUsageLogException(QuarantineReason.TIMESTAMP_IMPLAUSIBLE, "the deployment time "
                    + deployedAt + " is not between " + EARLIEST + " and one hour from now (" + latest + ")");
        }
    }

    private static String boundedText(UsageLogFields fields, List<String> names, boolean mayBeEmpty) {
        String value = fields.string(names);
        String name = fields.nameOf(names);
        if (!mayBeEmpty && value.isBlank()) {
            throw new InvalidUsageLogException(QuarantineReason.INVALID_VALUE, name + " is blank");
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidUsageLogException(QuarantineReason.INVALID_VALUE,
                    name + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (Texts.hasControlCharacters(value)) {
            throw new InvalidUsageLogException(QuarantineReason.INVALID_VALUE,
                    name + " " + Texts.quote(value) + " contains control characters");
        }
        return value;
    }

    private static int additionalUsers(UsageLogFields fields) {
        JsonNode node = fields.required(UsageLogFields.ADDITIONAL_USERS);
        String name = fields.nameOf(UsageLogFields.ADDITIONAL_USERS);
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.longValue();
        } else if (node.isTextual() && DIGITS.matcher(node.textValue().trim()).matches()) {
            value = Long.parseLong(node.textValue().trim());
        } else {
            throw new InvalidUsageLogException(QuarantineReason.WRONG_TYPE,
                    name + " must be a whole number (or a string of digits), got " + JsonTypes.describe(node));
        }
        if (value < 0 || value > MAX_ADDITIONAL_USERS) {
            throw new InvalidUsageLogException(QuarantineReason.INVALID_VALUE,
                    name + " " + value + " is not between 0 and " + MAX_ADDITIONAL_USERS);
        }
        return (int) value;
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
