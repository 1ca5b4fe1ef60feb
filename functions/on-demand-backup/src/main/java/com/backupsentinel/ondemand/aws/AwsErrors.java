package com.backupsentinel.ondemand.aws;

import com.backupsentinel.ondemand.service.AwsCallException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Runs an SDK call and turns its exceptions into {@link AwsCallException}, so no SDK type leaves an adapter. */
final class AwsErrors {

    private AwsErrors() {
    }

    static <T> T call(String service, String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            AwsErrorDetails details = e.awsErrorDetails();
            String code = details == null ? null : details.errorCode();
            String message = details == null ? null : details.errorMessage();
            throw new AwsCallException(service, operation, code, e.statusCode(), message, e);
        } catch (SdkException e) {
            // No answer from AWS (connection refused, timeout): the SDK's message may name endpoints, keep it in logs.
            throw new AwsCallException(service, operation, "ClientError", 0,
                    "no answer from " + service + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    static void run(String service, String operation, Runnable call) {
        call(service, operation, () -> {
            call.run();
            return null;
        });
    }
}
