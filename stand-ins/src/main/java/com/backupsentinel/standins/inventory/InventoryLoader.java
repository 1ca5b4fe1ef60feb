package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads an inventory folder: {@code manifest.json} plus one folder per region of AWS CLI JSON exports. */
final class InventoryLoader {

    static final String MANIFEST = "manifest.json";
    /** {@code aws iam list-account-aliases --output json}: IAM is global, so it sits beside the manifest. */
    static final String ACCOUNT_ALIASES = "iam-list-account-aliases.json";
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private final Path folder;
    private final InventoryBuilder builder;

    private InventoryLoader(Path folder, InventoryBuilder builder) {
        this.folder = folder;
        this.builder = builder;
    }

    static Inventory load(Path folder, Clock clock) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Inventory folder " + folder + " does not exist or is not a folder");
        }
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException("Inventory folder " + folder + " has no " + MANIFEST
                    + "; write {\"accountId\": \"123456789012\", \"primaryRegion\": \"us-west-2\", "
                    + "\"exportedAt\": \"2026-11-22T06:00:00Z\", \"shiftTimesToNow\": false}");
        }
        InventoryManifest manifest = InventoryManifest.read(readJson(manifestFile));
        InventoryBuilder builder = Inventory.builder(manifest.accountId(), manifest.primaryRegion());
        if (manifest.shiftTimesToNow()) {
            builder.shiftTimes(Duration.between(manifest.exportedAt(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        }
        InventoryLoader loader = new InventoryLoader(folder, builder);
        loader.items(folder.resolve(ACCOUNT_ALIASES), "AccountAliases", alias -> {
            if (!alias.isTextual()) {
                throw new IllegalArgumentException("AccountAliases must hold strings, got " + alias);
            }
            builder.accountAlias(alias.asText());
        });
        for (Path regionFolder : list(folder)) {
            String name = regionFolder.getFileName().toString();
            if (Files.isDirectory(regionFolder) && REGION.matcher(name).matches()) {
                loader.loadRegion(name, regionFolder);
            }
        }
        return builder.build();
    }

    private void loadRegion(String region, Path dir) {
        loadVaults(region, dir);
        loadPlans(region, dir);
        items(dir.resolve("list-backup-jobs.json"), "BackupJobs", item -> builder.backupJob(region, item));
        items(dir.resolve("list-copy-jobs.json"), "CopyJobs", item -> builder.copyJob(region, item));
        items(dir.resolve("list-restore-jobs.json"), "RestoreJobs", item -> builder.restoreJob(region, item));
        items(dir.resolve("list-scan-jobs.json"), "ScanJobs", item -> builder.scanJob(region, item));
        items(dir.resolve("list-restore-testing-plans.json"), "RestoreTestingPlans",
                item -> builder.restoreTestingPlan(region, item));
        for (Path file : jsonFiles(dir.resolve("list-restore-testing-selections"))) {
            items(file, "RestoreTestingSelections", item -> builder.restoreTestingSelection(region, item));
        }
        items(dir.resolve("list-protected-resources.json"), "Results", item -> builder.protectedResource(region, item));
        items(dir.resolve("resourcegroupstaggingapi-get-resources.json"), "ResourceTagMappingList",
                item -> builder.taggedResource(region, item));
        for (Path vaultFile : jsonFiles(dir.resolve("list-recovery-points-by-backup-vault"))) {
            String vault = baseName(vaultFile);
            items(vaultFile, "RecoveryPoints", item -> {
                ObjectNode point = item.deepCopy();
                if (!point.hasNonNull("BackupVaultName")) {
                    point.put("BackupVaultName", vault);
                }
                builder.recoveryPoint(region, point);
            });
        }
        for (Path vaultDir : list(dir.resolve("get-recovery-point-restore-metadata"))) {
            for (Path file : jsonFiles(vaultDir)) {
                builder.restoreMetadata(region, readJson(file));
            }
        }
    }

    private void loadVaults(String region, Path dir) {
        items(dir.resolve("list-backup-vaults.json"), "BackupVaultList", item -> builder.backupVault(region, item));
        eachNamed(dir.resolve("describe-backup-vault"), "BackupVaultName",
                (name, json) -> builder.backupVault(region, json));
        eachNamed(dir.resolve("get-backup-vault-access-policy"), "BackupVaultName",
                (name, json) -> builder.vaultAccessPolicy(region, json));
        eachNamed(dir.resolve("get-backup-vault-notifications"), "BackupVaultName",
                (name, json) -> builder.vaultNotifications(region, json));
    }

    private void loadPlans(String region, Path dir) {
        List<String> planIds = new ArrayList<>();
        items(dir.resolve("list-backup-plans.json"), "BackupPlansList", item -> {
            String planId = item.path("BackupPlanId").asText();
            Path detail = dir.resolve("get-backup-plan").resolve(planId + ".json");
            builder.backupPlan(region, Files.isRegularFile(detail)
                    ? withIds(readJson(detail), item) : PlanShapes.planFromListItem(item));
            planIds.add(planId);
        });
        for (Path file : jsonFiles(dir.resolve("get-backup-plan"))) {
            if (!planIds.contains(baseName(file))) {
                builder.backupPlan(region, readJson(file));
                planIds.add(baseName(file));
            }
        }
        for (String planId : planIds) {
            List<String> selectionIds = new ArrayList<>();
            Path selectionDir = dir.resolve("get-backup-selection").resolve(planId);
            items(dir.resolve("list-backup-selections").resolve(planId + ".json"), "BackupSelectionsList", item -> {
                String selectionId = item.path("SelectionId").asText();
                Path detail = selectionDir.resolve(selectionId + ".json");
                builder.backupSelection(region, Files.isRegularFile(detail)
                        ? withIds(readJson(detail), item) : PlanShapes.selectionFromListItem(item));
                selectionIds.add(selectionId);
            });
            for (Path file : jsonFiles(selectionDir)) {
                if (!selectionIds.contains(baseName(file))) {
                    ObjectNode selection = (ObjectNode) readJson(file);
                    selection.put("BackupPlanId", planId);
                    builder.backupSelection(region, selection);
                }
            }
        }
    }

    /** A Get* output completed with identifying members from the matching List* item. */
    private static JsonNode withIds(JsonNode detail, JsonNode listItem) {
        ObjectNode merged = (ObjectNode) detail.deepCopy();
        listItem.fields().forEachRemaining(field -> {
            if (!merged.has(field.getKey()) && !field.getKey().equals("BackupPlanName")
                    && !field.getKey().equals("SelectionName") && !field.getKey().equals("IamRoleArn")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    private void items(Path file, String member, Consumer<JsonNode> sink) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode root = readJson(file);
        JsonNode list = root.get(member);
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(folder.relativize(file) + " must be an object with a \"" + member
                    + "\" array, as the AWS CLI prints it");
        }
        for (JsonNode item : list) {
            try {
                sink.accept(item);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(folder.relativize(file) + ": " + e.getMessage(), e);
            }
        }
    }

    private void eachNamed(Path dir, String member, BiConsumer<String, JsonNode> sink) {
        for (Path file : jsonFiles(dir)) {
            ObjectNode json = (ObjectNode) readJson(file);
            if (!json.hasNonNull(member)) {
                json.put(member, baseName(file));
            }
            sink.accept(baseName(file), json);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        return list(dir).stream()
                .filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                .toList();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    static JsonNode readJson(Path file) {
        try {
            JsonNode node = WireJson.MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(file + " must hold a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
