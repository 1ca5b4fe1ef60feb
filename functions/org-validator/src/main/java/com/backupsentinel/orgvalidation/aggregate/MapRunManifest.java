package com.backupsentinel.orgvalidation.aggregate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code manifest.json} a Distributed Map's ResultWriter writes when the Map Run ends: the destination bucket,
 * the Map Run's ARN, and the result files by the status of the child executions they hold (SUCCEEDED, FAILED,
 * PENDING; AWS may add more).
 */
public record MapRunManifest(String destinationBucket, String mapRunArn, Map<String, List<ResultFile>> resultFiles) {

    public MapRunManifest {
        Objects.requireNonNull(destinationBucket, "destinationBucket");
        Objects.requireNonNull(mapRunArn, "mapRunArn");
        resultFiles = Map.copyOf(resultFiles);
    }

    /** Every result file, whatever its status, SUCCEEDED first. */
    public List<ResultFile> allFiles() {
        return resultFiles.entrySet().stream()
                .sorted((a, b) -> a.getKey().equals("SUCCEEDED") ? -1 : b.getKey().equals("SUCCEEDED") ? 1
                        : a.getKey().compareTo(b.getKey()))
                .flatMap(entry -> entry.getValue().stream()).toList();
    }
}
