package com.backupsentinel.validator;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What makes two invocations the same validation run, so its digest goes out once: the EventBridge event id for
 * a scheduled run (a retry redelivers the same event), otherwise the Lambda request id (an asynchronous invoke keeps
 * it across Lambda's retries).
 *
 * @param id         {@code schedule#<event id>} or {@code invoke#<request id>}
 * @param leaseUntil when the invocation that claims the run's digest would be ended by Lambda
 */
record RunKey(String id, Instant leaseUntil) {

    RunKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }

    static RunKey of(Map<String, Object> input, Context context, Instant now) {
        Instant end = now.plusMillis(context.getRemainingTimeInMillis());
        Object source = input == null ? null : input.get("source");
        Object eventId = input == null ? null : input.get("id");
        if ("aws.events".equals(source) && eventId instanceof String id && !id.isBlank()) {
            return new RunKey("schedule#" + id, end);
        }
        return new RunKey("invoke#" + context.getAwsRequestId(), end);
    }
}
