package com.backupsentinel.validator.sources;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of the S3 sources control, counted while the sources are evaluated. */
final class SourceFigures {

    long objects;
    long unmatched;
    long backups;
    long withoutBackup;
    long unreadable;
    long wrongEncryption;
    long unverifiable;
    long s3Requests;
    private Duration oldestNewest = Duration.ZERO;

    void oldest(Duration age) {
        if (age.compareTo(oldestNewest) > 0) {
            oldestNewest = age;
        }
    }

    Map<String, Number> map(int sources) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("sources", (long) sources);
        figures.put("unreadableSources", unreadable);
        figures.put("sourcesWithoutBackup", withoutBackup);
        figures.put("objectsListed", objects);
        figures.put("backupsFound", backups);
        figures.put("keysNotMatchingPattern", unmatched);
        figures.put("objectsNotEncryptedAsExpected", wrongEncryption);
        figures.put("settingsNotVerifiable", unverifiable);
        figures.put("s3Requests", s3Requests);
        figures.put("oldestNewestBackupAgeHours", Math.round(oldestNewest.toSeconds() / 360.0) / 10.0);
        return figures;
    }
}
