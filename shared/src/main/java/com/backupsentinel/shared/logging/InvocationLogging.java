package com.backupsentinel.shared.logging;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;

/**
 * The functional API of Powertools logging ({@code PowertoolsLogging.withLogging}): while {@code work} runs, every
 * log line carries the invocation's fields (function_name, function_version, function_arn, function_memory_size,
 * function_request_id, cold_start, xray_trace_id). cold_start is true for the first invocation of the JVM only.
 */
public final class InvocationLogging {

    /** The invocation's fields; one invocation at a time per Lambda JVM, so one holder for every thread. */
    record Invocation(String functionName, String functionVersion, String functionArn, int memoryMb,
                      String requestId, boolean coldStart, String traceId) {
    }

    private static volatile Invocation current;
    private static volatile boolean coldStart = true;

    private InvocationLogging() {
    }

    /**
     * Runs {@code work} with the invocation's fields on every log line, and returns what it returns. A null context
     * (as Powertools allows) adds no fields.
     */
    public static <T> T withLogging(Context context, Supplier<T> work) {
        boolean cold = coldStart;
        coldStart = false;
        if (context == null) {
            return work.get();
        }
        current = new Invocation(context.getFunctionName(), context.getFunctionVersion(),
                context.getInvokedFunctionArn(), context.getMemoryLimitInMB(), context.getAwsRequestId(), cold,
                System.getenv("_X_AMZN_TRACE_ID"));
        try {
            return work.get();
        } finally {
            current = null;
        }
    }

    static Invocation current() {
        return current;
    }
}
