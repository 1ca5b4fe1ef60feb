package com.backupsentinel.orgvalidation.aggregate;

import java.time.Duration;
import java.util.Optional;

/** The report bucket as the aggregator uses it (the S3 adapter in Lambda). */
public interface OrgReportStore {

    String bucket();

    void put(String key, String contentType, byte[] body);

    /** A GET link valid for {@code validity}, computed locally (no network call). */
    String presignedGet(String key, Duration validity);

    /** A small object's text, empty when there is no object at {@code key}. */
    Optional<String> readText(String key);
}
