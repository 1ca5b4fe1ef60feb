package com.backupsentinel.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Processes one SQS batch concurrently. A message whose body is not an "Object Created" event for the bucket, whose
 * object is missing, or whose processing failed is a batch item failure (SQS redelivers it, then moves it to the
 * DLQ); every other message succeeds, an invalid usage log included, since it was quarantined.
 */
final class BatchIngestor {

    /** A message whose body named an object. */
    private record Named(String messageId, IncomingObject object) {
    }

    private final ObjectProcessor processor;
    private final ExecutorService executor;
    private final String bucket;

    BatchIngestor(ObjectProcessor processor, ExecutorService executor, String bucket) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    BatchResult ingest(List<SqsMessage> messages) {
        List<ObjectFailure> failures = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (SqsMessage message : messages) {
            try {
                named.add(new Named(message.messageId(), ObjectCreatedEvents.parse(message.body(), bucket)));
            } catch (InvalidEventException e) {
                failures.add(ObjectFailure.of(message.messageId(), Optional.empty(), e));
            }
        }
        List<ObjectOutcome> outcomes = new ArrayList<>();
        for (Concurrently.Attempt<Named, ObjectOutcome> attempt
                : Concurrently.map(executor, named, item -> processor.process(item.object()))) {
            if (attempt.failed()) {
                failures.add(ObjectFailure.of(attempt.item().messageId(), Optional.of(attempt.item().object().key()),
                        attempt.error()));
            } else {
                outcomes.add(attempt.result());
            }
        }
        return new BatchResult(outcomes, failures);
    }
}
