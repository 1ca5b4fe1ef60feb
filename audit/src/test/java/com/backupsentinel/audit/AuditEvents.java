package com.backupsentinel.audit;

import java.time.Instant;
import java.util.Map;

/** Test events. */
final class AuditEvents {

    private AuditEvents() {
    }

    static AuditEvent at(String id, String createdAt) {
        return new AuditEvent(id, "OnDemandBackup.StartBackups", Instant.parse(createdAt),
                "arn:aws:iam::123456789012:user/jane.doe", "arrakis", 202, Map.of("route", "POST /backups"),
                "{\"onlyConfig\":false}", 42, "OnDemandBackupFunction");
    }
}
