package com.backupsentinel.ondemand.service;

import com.backupsentinel.shared.logging.LogContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one AWS call per item on a few threads and returns the results in item order, so a request over 50
 * resources takes about 50 / concurrency round trips. Workers only call AWS; the caller logs and records on its own
 * thread; a worker's log lines still carry the invocation (see LogContext).
 */
final class Concurrently {

    private Concurrently() {
    }

    static <T, R> List<R> map(List<T> items, int concurrency, Function<T, R> work) {
        if (concurrency <= 1 || items.size() <= 1) {
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        ExecutorService workers = LogContext.propagating(Executors.newFixedThreadPool(
                Math.min(concurrency, items.size()), runnable -> {
                    Thread thread = new Thread(runnable, "aws-call");
                    thread.setDaemon(true);
                    return thread;
                }));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            items.forEach(item -> futures.add(workers.submit(() -> work.apply(item))));
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("An AWS call failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for AWS", e);
        }
    }
}
