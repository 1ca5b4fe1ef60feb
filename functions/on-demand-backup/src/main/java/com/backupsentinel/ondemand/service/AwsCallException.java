package com.backupsentinel.ondemand.service;

import java.util.Locale;
import java.util.Objects;

/**
 * An AWS call failed. Adapters translate SDK exceptions into this, so services never see SDK types; the message
 * is AWS's own text and must be passed through {@link ErrorText#sanitize} before it reaches a caller.
 */
public final class AwsCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final String operation;
    private final String errorCode;
    private final int httpStatus;

    /**
     * @param service    {@code AWS Backup}, {@code DynamoDB} or {@code S3}
     * @param operation  the API operation, e.g. {@code StartBackupJob}
     * @param errorCode  AWS's error code, e.g. {@code ThrottlingException}; {@code ClientError} when no answer came
     * @param httpStatus the HTTP status AWS answered, 0 when no answer came
     * @param message    AWS's message (unsanitized)
     */
    public AwsCallException(String service, String operation, String errorCode, int httpStatus, String message,
                            Throwable cause) {
        super(Objects.requireNonNullElse(message, ""), cause);
        this.service = Objects.requireNonNull(service, "service");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.errorCode = Objects.requireNonNullElse(errorCode, "Unknown");
        this.httpStatus = httpStatus;
    }

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    public String errorCode() {
        return errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** AWS answered that the named thing does not exist. */
    public boolean notFound() {
        return httpStatus == 404 || errorCode.endsWith("NotFoundException") || "NoSuchKey".equals(errorCode);
    }

    /** AWS asked us to slow down (after the SDK's own retries). */
    public boolean throttled() {
        String code = errorCode.toLowerCase(Locale.ROOT);
        return code.contains("throttl") || code.contains("toomanyrequests") || code.contains("limitexceeded")
                || "slowdown".equals(code);
    }
}
