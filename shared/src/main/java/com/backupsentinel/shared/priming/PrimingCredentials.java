package com.backupsentinel.shared.priming;

import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The functions' credentials: the real provider, except while {@link Priming} runs (requests are signed with dummy
 * keys, so no credentials are fetched into the snapshot). {@link #refresh()} builds the real provider anew, so a
 * restored copy fetches its own credentials instead of sharing cached ones.
 */
public final class PrimingCredentials implements AwsCredentialsProvider {

    private static final AwsCredentials DUMMY = AwsBasicCredentials.create("PRIMINGACCESSKEY", "priming-secret-key");

    private final Supplier<AwsCredentialsProvider> source;
    private volatile AwsCredentialsProvider delegate;

    public PrimingCredentials(Supplier<AwsCredentialsProvider> source) {
        this.source = Objects.requireNonNull(source, "source");
        this.delegate = source.get();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return Priming.active() ? DUMMY : delegate.resolveCredentials();
    }

    /** A new real provider: call after a restore. */
    public void refresh() {
        delegate = source.get();
    }
}
