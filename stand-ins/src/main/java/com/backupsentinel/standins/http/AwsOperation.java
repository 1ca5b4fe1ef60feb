package com.backupsentinel.standins.http;

import java.util.Objects;

/**
 * Which AWS API operation an HTTP request calls.
 *
 * @param service   the SigV4 signing name ({@code sns}, {@code dynamodb}, ...), or {@code unknown}
 * @param operation the operation name ({@code Publish}, {@code PutItem}, ...), or {@code METHOD /path} when no
 *                  known route fits
 */
public record AwsOperation(String service, String operation) {

    public AwsOperation {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
    }

    @Override
    public String toString() {
        return service + ":" + operation;
    }
}
