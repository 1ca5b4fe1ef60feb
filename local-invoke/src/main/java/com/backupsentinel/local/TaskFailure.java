package com.backupsentinel.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An error as the lambda:invoke integration reports it to a Task's Retry and Catch: the function's errorType as the
 * error name, its error JSON as the Cause.
 */
record TaskFailure(String error, String cause) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TaskFailure of(byte[] lambdaError) {
        String cause = new String(lambdaError, StandardCharsets.UTF_8);
        try {
            return new TaskFailure(JSON.readTree(lambdaError).path("errorType").asText("Lambda.Unknown"), cause);
        } catch (IOException e) {
            return new TaskFailure("Lambda.Unknown", cause);
        }
    }
}
