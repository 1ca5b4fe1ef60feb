package com.backupsentinel.ondemand.service;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configuration-only backups: the vault (with its lock settings), its access policy and notifications, the
 * backup plan and its selections, and the configured objects of the report bucket, written as one JSON document
 * to {@code s3://<report bucket>/config-backups/<timestamp>.json}.
 */
final class ConfigBackups {

    static final String KEY_PREFIX = "config-backups/";
    private static final Logger LOG = LoggerFactory.getLogger(ConfigBackups.class);

    private final ServiceSettings settings;
    private final BackupGateway backup;
    private final ObjectStore objects;
    private final RequestStore store;
    private final Reservations reservations;
    private final MetricsRecorder metrics;
    private final ErrorText errors;

    ConfigBackups(ServiceSettings settings, BackupGateway backup, ObjectStore objects, RequestStore store,
                  MetricsRecorder metrics) {
        this.settings = settings;
        this.backup = backup;
        this.objects = objects;
        this.store = store;
        this.reservations = new Reservations(store);
        this.metrics = metrics;
        this.errors = new ErrorText(settings.ownAccountId());
    }

    RequestView start(BackupCommand command, Instant now, Instant expiresAt) {
        RequestRecord record = reservations.reserve(now, timestamp -> RequestRecord.newBackup(timestamp, now,
                command.caller(), true, List.of(), expiresAt).withRequestKey(command.tokenSeed()));
        List<FailedJob> missing = new ArrayList<>();
        try {
            BackupConfiguration configuration = backup.configuration(settings.vaultName(), settings.backupPlanId());
            ObjectNode document = ConfigDocument.build(record, settings, configuration);
            ConfigDocument.addObjects(document, readObjects(missing));
            String key = KEY_PREFIX + record.timestamp() + ".json";
            objects.write(key, bytes(document), "application/json");
            RequestRecord done = record.withConfigBackup(
                    Optional.of(new ConfigBackupLocation(objects.bucket(), key, sections(document))), missing);
            store.save(done);
            metrics.count("ConfigBackupsWritten", 1, Map.of());
            LOG.info("Configuration backup written", entry("request", record.timestamp()), entry("key", key),
                    entry("missingObjects", missing.size()));
            return RequestView.of(done, Map.of());
        } catch (AwsCallException e) {
            missing.add(new FailedJob("backup-configuration", "", "", e.errorCode(), errors.reason(e)));
            store.save(record.withConfigBackup(Optional.empty(), missing));
            throw e;
        }
    }

    private List<ConfigDocument.ConfigObject> readObjects(List<FailedJob> missing) {
        List<ConfigDocument.ConfigObject> found = new ArrayList<>();
        for (String key : settings.configObjectKeys()) {
            String location = "s3://" + objects.bucket() + "/" + key;
            try {
                Optional<byte[]> content = objects.read(key);
                if (content.isPresent()) {
                    found.add(new ConfigDocument.ConfigObject(key, content.get()));
                } else {
                    missing.add(new FailedJob(location, "", "", "NoSuchKey", "configured object does not exist"));
                }
            } catch (AwsCallException e) {
                missing.add(new FailedJob(location, "", "", e.errorCode(), errors.reason(e)));
            }
        }
        return found;
    }

    private static List<String> sections(ObjectNode document) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = document.fieldNames();
        while (fields.hasNext()) {
            String name = fields.next();
            if (!document.get(name).isNull() && !name.equals("formatVersion")) {
                names.add(name);
            }
        }
        return names;
    }

    private static byte[] bytes(ObjectNode document) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode the configuration backup", e);
        }
    }
}
