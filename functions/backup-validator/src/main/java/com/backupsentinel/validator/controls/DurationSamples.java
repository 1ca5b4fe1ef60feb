package com.backupsentinel.validator.controls;

import java.util.Arrays;

/**
 * Durations of one resource's completed jobs, for a median. Keeps at most {@link #CAPACITY} samples: past that,
 * each new sample replaces a slot chosen by a fixed sequence (reservoir sampling with a deterministic
 * generator), so memory stays bounded per resource and runs are repeatable.
 */
final class DurationSamples {

    static final int CAPACITY = 256;

    private long[] seconds = new long[8];
    private int size;
    private long seen;
    private long state = 0x9E3779B97F4A7C15L;

    void add(long durationSeconds) {
        seen++;
        if (size < CAPACITY) {
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, Math.min(CAPACITY, size * 2));
            }
            seconds[size++] = durationSeconds;
            return;
        }
        long slot = Long.remainderUnsigned(next(), seen);
        if (slot < CAPACITY) {
            seconds[(int) slot] = durationSeconds;
        }
    }

    int count() {
        return (int) Math.min(seen, Integer.MAX_VALUE);
    }

    /** The median in seconds (the mean of the two middle samples for an even count); 0 when empty. */
    double medianSeconds() {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(seconds, size);
        Arrays.sort(sorted);
        int middle = size / 2;
        return size % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private long next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state;
    }
}
