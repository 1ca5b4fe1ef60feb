package com.backupsentinel.standins.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a builder collects for one region before the tables are built. */
final class RegionParts {

    private final Map<String, ObjectNode> vaults = new LinkedHashMap<>();
    private final Map<String, ObjectNode> accessPolicies = new LinkedHashMap<>();
    private final Map<String, ObjectNode> notifications = new LinkedHashMap<>();
    private final Map<String, ObjectNode> plans = new LinkedHashMap<>();
    private final Map<String, Map<String, ObjectNode>> selections = new LinkedHashMap<>();
    private final Map<RowKind, List<Row>> rows = new EnumMap<>(RowKind.class);
    private final List<ObjectNode> protectedResources = new ArrayList<>();
    private final List<ObjectNode> taggedResources = new ArrayList<>();
    private final Map<String, ObjectNode> restoreMetadata = new LinkedHashMap<>();
    private final Map<String, ObjectNode> restoreTestingPlans = new LinkedHashMap<>();
    private final Map<String, Map<String, ObjectNode>> restoreTestingSelections = new LinkedHashMap<>();

    Map<String, ObjectNode> vaults() {
        return vaults;
    }

    Map<String, ObjectNode> accessPolicies() {
        return accessPolicies;
    }

    Map<String, ObjectNode> notifications() {
        return notifications;
    }

    Map<String, ObjectNode> plans() {
        return plans;
    }

    Map<String, Map<String, ObjectNode>> selections() {
        return selections;
    }

    List<Row> rows(RowKind kind) {
        return rows.computeIfAbsent(kind, k -> new ArrayList<>());
    }

    List<ObjectNode> protectedResources() {
        return protectedResources;
    }

    List<ObjectNode> taggedResources() {
        return taggedResources;
    }

    Map<String, ObjectNode> restoreMetadata() {
        return restoreMetadata;
    }

    Map<String, ObjectNode> restoreTestingPlans() {
        return restoreTestingPlans;
    }

    Map<String, Map<String, ObjectNode>> restoreTestingSelections() {
        return restoreTestingSelections;
    }
}
