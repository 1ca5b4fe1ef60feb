package com.backupsentinel.validator.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps reports in memory; can be told to fail like an unreachable bucket. */
public final class MemoryReportStore implements ReportStore {

    public final Map<String, String> objects = new LinkedHashMap<>();
    public final Map<String, String> contentTypes = new LinkedHashMap<>();
    private RuntimeException failure;

    public MemoryReportStore failing(RuntimeException error) {
        this.failure = error;
        return this;
    }

    @Override
    public String bucket() {
        return "reports-bucket";
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        if (failure != null) {
            throw failure;
        }
        objects.put(key, new String(body, StandardCharsets.UTF_8));
        contentTypes.put(key, contentType);
    }

    @Override
    public String presignedGet(String key, Duration validity) {
        return "https://reports-bucket.example/" + key + "?expires=" + validity.toSeconds();
    }
}
