package com.backupsentinel.shared.logging;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.MDC;

/**
 * Carries the log context of the thread that hands work to a pool (Powertools puts {@code function_name},
 * {@code function_request_id}, {@code cold_start} and the like there) into the worker that runs it, so a line logged
 * by a worker says which invocation it belongs to. The worker's own context is restored afterwards.
 */
public final class LogContext {

    private LogContext() {
    }

    /** {@code pool}, whose tasks run with the log context of the thread that submitted them. */
    public static ExecutorService propagating(ExecutorService pool) {
        return new ContextCarryingExecutor(pool);
    }

    /** {@code task}, to run with the log context this thread has now. */
    public static Runnable carrying(Runnable task) {
        Map<String, String> submitted = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> own = MDC.getCopyOfContextMap();
            replace(submitted);
            try {
                task.run();
            } finally {
                replace(own);
            }
        };
    }

    private static void replace(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
