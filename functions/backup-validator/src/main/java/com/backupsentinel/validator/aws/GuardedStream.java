package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.InventoryException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Wraps a lazy SDK stream so that a failure while fetching a page becomes an {@link InventoryException} naming
 * the operation and AWS's error code: services see no SDK types. The SDK stream is only opened when the first
 * item is asked for (opening a paginated iterable fetches its first page).
 */
final class GuardedStream {

    private GuardedStream() {
    }

    static <T> Stream<T> of(String operation, Supplier<Stream<T>> source) {
        Spliterator<T> guarded = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private Spliterator<T> inner;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    if (inner == null) {
                        inner = source.get().spliterator();
                    }
                    return inner.tryAdvance(action);
                } catch (SdkException e) {
                    throw translate(operation, e);
                }
            }
        };
        return StreamSupport.stream(guarded, false);
    }

    static InventoryException translate(String operation, SdkException e) {
        if (e instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) e;
            String code = service.awsErrorDetails() == null ? "" : service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails() == null ? service.getMessage()
                    : service.awsErrorDetails().errorMessage();
            return new InventoryException(operation + " failed with " + code + " (HTTP " + service.statusCode() + "): "
                    + message, e);
        }
        return new InventoryException(operation + " failed: " + e.getMessage(), e);
    }
}
