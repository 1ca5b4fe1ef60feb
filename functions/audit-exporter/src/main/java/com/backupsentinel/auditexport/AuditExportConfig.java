package com.backupsentinel.auditexport;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;

/**
 * AuditExportFunction's settings, read once.
 *
 * @param table         AUDIT_TABLE_NAME: the audit events table
 * @param bucket        REPORT_BUCKET: where exports are written
 * @param namespace     AUDIT_NAMESPACE: the first path segment of exports, as the seed's {@code /namespace/}
 * @param retentionDays AUDIT_RETENTION_DAYS: how long exported events stay in the table (default 30)
 */
public record AuditExportConfig(String table, String bucket, String namespace, int retentionDays) {

    public static final String AUDIT_TABLE_NAME = "AUDIT_TABLE_NAME";
    public static final String REPORT_BUCKET = "REPORT_BUCKET";
    public static final String AUDIT_NAMESPACE = "AUDIT_NAMESPACE";
    public static final String AUDIT_RETENTION_DAYS = "AUDIT_RETENTION_DAYS";

    public static AuditExportConfig from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        String namespace = reader.required(AUDIT_NAMESPACE, "backup-sentinel");
        if (!namespace.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new ConfigurationException("Environment variable "
                    + AUDIT_NAMESPACE + " must be 1 to 63 letters, digits, '.', '_' or '-', got '" + namespace + "'");
        }
        return new AuditExportConfig(
                reader.required(AUDIT_TABLE_NAME, "backup-sentinel-audit-events"),
                reader.required(REPORT_BUCKET, "backup-sentinel-reports-123456789012"),
                namespace,
                reader.integer(AUDIT_RETENTION_DAYS, 30, 1, 3650));
    }
}
