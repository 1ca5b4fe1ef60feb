package com.backupsentinel.validator.sources;

import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code BACKUP_SOURCES}: a JSON array of sources, every field checked, errors naming index and field. */
public final class BackupSources {

    public static final String VARIABLE = "BACKUP_SOURCES";
    static final Set<String> FIELDS = Set.of("name", "bucket", "prefix", "pattern", "rpoHours", "retentionDays",
            "kmsKeyArn", "glacierAfterDays");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern KMS_KEY = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/.+");

    private BackupSources() {
    }

    /** The sources of {@code json} (blank = none); throws {@link ConfigurationException} on the first problem. */
    public static List<BackupSource> parse(String json) {
        if (json.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("Environment variable " + VARIABLE + " must be a JSON array of sources"
                    + " such as [{\"name\":\"awx\",\"bucket\":\"backups\",\"prefix\":\"awx/\",\"pattern\":"
                    + "\"awx/{date}/awx-backup-{timestamp}.sql.gz\",\"rpoHours\":24}], got invalid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new ConfigurationException("Environment variable " + VARIABLE + " must be a JSON array of sources");
        }
        List<BackupSource> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            BackupSource source = source(root.get(i), i);
            if (!names.add(source.name())) {
                throw problem(i, "name", "must be unique, '" + source.name() + "' is used twice");
            }
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    private static BackupSource source(JsonNode node, int index) {
        if (!node.isObject()) {
            throw new ConfigurationException("Environment variable " + VARIABLE + "[" + index + "] must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw problem(index, field, "is not a known field (known: name, bucket, prefix, pattern, rpoHours,"
                        + " retentionDays, kmsKeyArn, glacierAfterDays)");
            }
        }
        String name = text(node, index, "name").orElseThrow(() -> problem(index, "name", "is required"));
        String bucket = text(node, index, "bucket").orElseThrow(() -> problem(index, "bucket", "is required"));
        if (!BUCKET.matcher(bucket).matches()) {
            throw problem(index, "bucket", "must be an S3 bucket name, got '" + bucket + "'");
        }
        String prefix = text(node, index, "prefix").orElse("");
        String rawPattern = text(node, index, "pattern").orElseThrow(() -> problem(index, "pattern",
                "is required (example: awx/{date}/awx-backup-{timestamp}.sql.gz)"));
        KeyPattern pattern;
        try {
            pattern = KeyPattern.parse(rawPattern);
        } catch (IllegalArgumentException e) {
            throw problem(index, "pattern", e.getMessage() + ", got '" + rawPattern + "'");
        }
        if (!rawPattern.startsWith(prefix) || !pattern.fixedPrefix().startsWith(prefix)) {
            throw problem(index, "pattern", "must start with the prefix '" + prefix + "', got '" + rawPattern + "'");
        }
        int rpo = number(node, index, "rpoHours", 8760).orElseThrow(() -> problem(index, "rpoHours",
                "is required (a whole number of hours 1..8760)"));
        Optional<String> key = text(node, index, "kmsKeyArn");
        key.filter(k -> !KMS_KEY.matcher(k).matches()).ifPresent(k -> {
            throw problem(index, "kmsKeyArn", "must be a KMS key ARN such as"
                    + " arn:aws:kms:eu-west-3:123456789012:key/<id>, got '" + k + "'");
        });
        OptionalInt retention = number(node, index, "retentionDays", 36500);
        OptionalInt glacier = number(node, index, "glacierAfterDays", 36500);
        if (glacier.isPresent() && retention.isPresent() && glacier.getAsInt() >= retention.getAsInt()) {
            throw problem(index, "glacierAfterDays", "must be less than retentionDays (" + retention.getAsInt()
                    + "), got " + glacier.getAsInt());
        }
        return new BackupSource(name, bucket, prefix, pattern, rpo, retention, key, glacier);
    }

    private static Optional<String> text(JsonNode node, int index, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank() && !field.equals("prefix")) {
            throw problem(index, field, "must be a non-empty string, got " + value);
        }
        return Optional.of(value.asText());
    }

    private static OptionalInt number(JsonNode node, int index, String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > max) {
            throw problem(index, field, "must be a whole number 1.." + max + ", got " + value);
        }
        return OptionalInt.of(value.asInt());
    }

    private static ConfigurationException problem(int index, String field, String what) {
        return new ConfigurationException("Environment variable " + VARIABLE + "[" + index + "]." + field + " " + what);
    }
}
