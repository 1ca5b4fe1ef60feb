package com.backupsentinel.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;

/**
 * Ingests objects that already exist, a page of keys at a time (each page concurrently), with the same validation
 * and quarantine as arrivals. Before each page it checks the time left: when less than twice the slowest page so far
 * plus a safety margin remains, it stops and returns a token that resumes after the last page it finished. When a
 * page has failures it stops just before the first failed key, so nothing is skipped; objects processed already are
 * recognised as duplicates when the backfill resumes.
 */
final class Backfill {

    static final int PAGE_SIZE = 1000;
    static final long SAFETY_MARGIN_MILLIS = 10_000;
    static final int MAX_REPORTED_FAILURES = 20;

    private final ObjectStore objects;
    private final ObjectProcessor processor;
    private final ExecutorService executor;
    private final int pageSize;

    Backfill(ObjectStore objects, ObjectProcessor processor, ExecutorService executor, int pageSize) {
        this.objects = Objects.requireNonNull(objects, "objects");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.pageSize = pageSize;
    }

    BackfillResult run(BackfillCursor start, LongSupplier remainingMillis) {
        BackfillCursor cursor = start;
        List<ObjectOutcome> outcomes = new ArrayList<>();
        int listed = 0;
        long slowestPage = 0;
        while (true) {
            if (remainingMillis.getAsLong() < SAFETY_MARGIN_MILLIS + 2 * slowestPage) {
                return new BackfillResult(Optional.of(cursor.token()), listed, outcomes, List.of(),
                        "near the timeout");
            }
            long started = System.nanoTime();
            ObjectPage page = objects.list(cursor.prefix(), cursor.startAfter(), pageSize);
            listed += page.objects().size();
            List<Concurrently.Attempt<ListedObject, ObjectOutcome>> attempts = Concurrently.map(executor,
                    page.objects(), object -> processor.process(IncomingObject.listed(object)));
            Optional<BackfillResult> stop = stopAtFailure(cursor, attempts, listed, outcomes);
            if (stop.isPresent()) {
                return stop.get();
            }
            slowestPage = Math.max(slowestPage, (System.nanoTime() - started) / 1_000_000);
            if (page.truncated() && !page.objects().isEmpty()) {
                cursor = cursor.after(page.objects().get(page.objects().size() - 1).key());
                continue;
            }
            Optional<BackfillCursor> next = cursor.nextPrefix();
            if (next.isEmpty()) {
                return new BackfillResult(Optional.empty(), listed, outcomes, List.of(), "complete");
            }
            cursor = next.get();
        }
    }

    private static Optional<BackfillResult> stopAtFailure(BackfillCursor cursor,
                                                          List<Concurrently.Attempt<ListedObject, ObjectOutcome>> page,
                                                          int listed, List<ObjectOutcome> outcomes) {
        List<ObjectFailure> failures = new ArrayList<>();
        BackfillCursor resume = cursor;
        boolean failed = false;
        for (Concurrently.Attempt<ListedObject, ObjectOutcome> attempt : page) {
            String key = attempt.item().key();
            if (attempt.failed()) {
                failed = true;
                if (failures.size() < MAX_REPORTED_FAILURES) {
                    failures.add(ObjectFailure.of(key, Optional.of(key), attempt.error()));
                }
            } else {
                outcomes.add(attempt.result());
                if (!failed) {
                    resume = cursor.after(key);
                }
            }
        }
        if (!failed) {
            return Optional.empty();
        }
        return Optional.of(new BackfillResult(Optional.of(resume.token()), listed, outcomes, failures,
                "failures: resume after fixing them"));
    }
}
