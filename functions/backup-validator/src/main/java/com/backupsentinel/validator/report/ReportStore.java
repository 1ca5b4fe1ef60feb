package com.backupsentinel.validator.report;

import java.time.Duration;

/** Where reports are kept (the S3 report bucket), and how a person gets a time-limited link to one. */
public interface ReportStore {

    /** The bucket (or other container) reports go to. */
    String bucket();

    void put(String key, String contentType, byte[] body);

    /** A GET link valid for {@code validity}; creating it makes no network call. */
    String presignedGet(String key, Duration validity);
}
