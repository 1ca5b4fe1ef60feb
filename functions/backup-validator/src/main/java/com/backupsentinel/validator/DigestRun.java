package com.backupsentinel.validator;

import java.util.Optional;
import java.util.function.Supplier;

/** The run the current invocation belongs to, set by the handler for {@link OncePerRunPublisher}. */
final class DigestRun implements Supplier<Optional<RunKey>> {

    private volatile Optional<RunKey> current = Optional.empty();

    <T> T during(RunKey run, Supplier<T> work) {
        current = Optional.of(run);
        try {
            return work.get();
        } finally {
            current = Optional.empty();
        }
    }

    @Override
    public Optional<RunKey> get() {
        return current;
    }
}
