package com.backupsentinel.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one task per item on the shared pool and waits for all, keeping each item's result or error in order. */
final class Concurrently {

    /** One item's result or the runtime exception its task threw. */
    record Attempt<T, R>(T item, R result, RuntimeException error) {

        boolean failed() {
            return error != null;
        }
    }

    private Concurrently() {
    }

    static <T, R> List<Attempt<T, R>> map(ExecutorService executor, List<T> items, Function<T, R> task) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> task.apply(item)));
        }
        List<Attempt<T, R>> attempts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            attempts.add(await(items.get(i), futures.get(i)));
        }
        return attempts;
    }

    private static <T, R> Attempt<T, R> await(T item, Future<R> future) {
        try {
            return new Attempt<>(item, future.get(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                return new Attempt<>(item, null, (RuntimeException) cause);
            }
            throw new IllegalStateException("A task failed with " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a task", e);
        } catch (CancellationException e) {
            return new Attempt<>(item, null, e);
        }
    }
}
