package com.backupsentinel.usage;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A generated, reproducible corpus of usage logs and config backups: valid logs in every documented spelling,
 * deliberate ties (same customer, user and second under two keys), and a share of malformed logs, each with the
 * reason it must be quarantined for. {@link #expectedCsv()} applies the seed's rule to the valid logs directly
 * (last deployment per date, customer and user; equal times go to the greater key), independently of the code
 * under test.
 */
final class UsageCorpus {

    static final LocalDate FIRST_DAY = LocalDate.parse("2025-10-01");
    static final String ACCOUNT = "111122223333";
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd_HHmmss")
            .withZone(ZoneOffset.UTC);

    /** One object of the corpus; {@code reason} is set for malformed logs. */
    record Item(String key, String content, Optional<QuarantineReason> reason, Optional<Valid> valid) {
    }

    /** What a valid log says, in the terms of the CSV. */
    record Valid(String key, Instant deployedAt, String customer, String user, int additionalUsers, String project,
                 String cluster, String configHash) {
    }

    private final List<Item> items;
    private final Map<String, String> configs;

    private UsageCorpus(List<Item> items, Map<String, String> configs) {
        this.items = List.copyOf(items);
        this.configs = Map.copyOf(configs);
    }

    /**
     * {@code logs} usage logs over {@code days} days, and a config.yaml for every customer but the last. With
     * {@code canonicalOnly} every valid log has the shape the seed's Terraform module writes (RFC 3339 UTC times),
     * the shape the seed's jq script reads; otherwise the documented variants rotate.
     */
    static UsageCorpus generate(long seed, int logs, int days, int customers, int users, double malformedShare,
                                boolean canonicalOnly) {
        Random random = new Random(seed);
        Map<String, String> configs = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int c = 1; c <= customers; c++) {
            String customer = customer(c);
            String yaml = "customer_name: " + customer + "\natlas:\n  project_name: " + customer + "-project\n";
            hashes.put(customer, md5(yaml));
            if (c < customers) {
                configs.put(ObjectKeys.configKey(customer), yaml);
            }
        }
        List<Item> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int malformed = (int) Math.round(logs * malformedShare);
        for (int i = 0; i < logs; i++) {
            String customer = customer(1 + random.nextInt(customers));
            String user = String.format("user%02d", 1 + random.nextInt(users));
            Instant at = FIRST_DAY.plusDays(random.nextInt(days)).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds(random.nextInt(86_400));
            Optional<Valid> previous = items.isEmpty() ? Optional.empty() : items.get(items.size() - 1).valid();
            if (i % 25 == 7 && previous.isPresent()) {
                customer = previous.get().customer();
                user = previous.get().user();
                at = previous.get().deployedAt();
            }
            String key = uniqueKey(keys, customer, at);
            Valid valid = new Valid(key, at, customer, user, random.nextInt(20), customer + "-project",
                    random.nextBoolean() ? "arena-cluster" : "arena-cluster-" + random.nextInt(3), hashes.get(customer));
            ObjectNode log = render(valid, random, canonicalOnly ? 0 : i, i % 4);
            if (i < malformed) {
                items.add(Malformations.apply(i, key, log, customer));
            } else {
                items.add(new Item(key, log.toString(), Optional.empty(), Optional.of(valid)));
            }
        }
        return new UsageCorpus(items, configs);
    }

    List<Item> items() {
        return items;
    }

    /** {@code terragrunt/<customer>/config.yaml} and its content, for every customer but the last. */
    Map<String, String> configs() {
        return configs;
    }

    List<Valid> valid() {
        return items.stream().flatMap(item -> item.valid().stream()).collect(Collectors.toList());
    }

    List<Item> malformed() {
        return items.stream().filter(item -> item.reason().isPresent()).collect(Collectors.toList());
    }

    /** The seed's rule applied to the valid logs: the CSV the report must equal. */
    String expectedCsv() {
        Map<String, Valid> last = new LinkedHashMap<>();
        Comparator<Valid> order = Comparator.comparing(Valid::deployedAt).thenComparing(Valid::key);
        for (Valid log : valid()) {
            String day = LocalDate.ofInstant(log.deployedAt(), ZoneOffset.UTC) + "," + log.customer() + "," + log.user();
            last.merge(day, log, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        StringBuilder csv = new StringBuilder(UsageCsv.HEADER).append('\n');
        last.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> csv.append(e.getKey()).append(',').append(e.getValue().additionalUsers()).append(',')
                        .append(e.getValue().project()).append(',').append(e.getValue().cluster()).append('\n'));
        return csv.toString();
    }

    static String customer(int index) {
        return String.format("customer-%02d", index);
    }

    /** The valid log in one of the documented spellings, chosen by position. */
    private static ObjectNode render(Valid valid, Random random, int variant, int arnKind) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("additional_users_count", valid.additionalUsers());
        node.put("cluster_name", valid.cluster());
        node.put("config_hash", valid.configHash());
        node.put("customer_name", valid.customer());
        node.put("project_name", valid.project());
        node.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(valid.deployedAt()));
        node.put("user_arn", arn(valid.user(), arnKind));
        node.put("user_id", "AIDA" + Math.abs(valid.user().hashCode()));
        switch (variant % 5) {
            case 1:
                node.remove("timestamp");
                node.put("timestamp", valid.deployedAt().getEpochSecond());
                break;
            case 2:
                node.set("customer", node.remove("customer_name"));
                node.put("additional_users_count", Integer.toString(valid.additionalUsers()));
                break;
            case 3:
                node.set("aws_user_arn", node.remove("user_arn"));
                node.put("timestamp", valid.deployedAt().atOffset(ZoneOffset.ofHours(-5)).toString());
                break;
            default:
                break;
        }
        if (random.nextInt(10) == 0) {
            node.put("aws_account_id", ACCOUNT);
        }
        return node;
    }

    private static String arn(String user, int kind) {
        switch (kind) {
            case 1:
                return "arn:aws:sts::" + ACCOUNT + ":assumed-role/Deployer/" + user;
            case 2:
                return "arn:aws:sts::" + ACCOUNT + ":assumed-role/AWSReservedSSO_AdministratorAccess_0a1b2c3d4e5f6789/"
                        + user;
            case 3:
                return "arn:aws:sts::" + ACCOUNT + ":federated-user/" + user;
            default:
                return "arn:aws:iam::" + ACCOUNT + ":user/" + user;
        }
    }

    private static String uniqueKey(Set<String> keys, String customer, Instant at) {
        String base = ObjectKeys.USAGE_LOGS + customer + "/" + KEY_TIME.format(at);
        String key = base + ".json";
        for (int n = 2; !keys.add(key); n++) {
            key = base + "-" + n + ".json";
        }
        return key;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
