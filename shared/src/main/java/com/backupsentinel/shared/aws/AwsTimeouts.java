package com.backupsentinel.shared.aws;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.Environment;
import java.time.Duration;
import java.util.Objects;

/**
 * How long any AWS call may take. Every client the factory builds gets these limits, and each invocation's
 * {@link InvocationBudget} tightens them further near the end of the Lambda timeout.
 *
 * @param connect opening a connection ({@value #CONNECT_VARIABLE}, default 2 s)
 * @param attempt one HTTP attempt, upload and download included ({@value #ATTEMPT_VARIABLE}, default 5 s)
 * @param call    a whole call, every retry and back-off included ({@value #CALL_VARIABLE}, default 15 s)
 * @param margin  what an invocation keeps back from its Lambda timeout for cleaning up and answering
 *                ({@value #MARGIN_VARIABLE}, default 3 s)
 */
public record AwsTimeouts(Duration connect, Duration attempt, Duration call, Duration margin) {

    public static final String CONNECT_VARIABLE = "SDK_CONNECT_TIMEOUT_MS";
    public static final String ATTEMPT_VARIABLE = "SDK_ATTEMPT_TIMEOUT_MS";
    public static final String CALL_VARIABLE = "SDK_CALL_TIMEOUT_MS";
    public static final String MARGIN_VARIABLE = "DEADLINE_MARGIN_MS";

    public static final AwsTimeouts DEFAULT = new AwsTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(15), Duration.ofSeconds(3));

    private static final int MAX_MILLIS = 900_000;

    public AwsTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(margin, "margin");
        if (attempt.compareTo(call) > 0) {
            throw new IllegalArgumentException("an attempt (" + attempt.toMillis() + " ms) cannot outlast the call ("
                    + call.toMillis() + " ms): " + ATTEMPT_VARIABLE + " must not exceed " + CALL_VARIABLE);
        }
    }

    /** The four variables, each optional (whole milliseconds); a bad value stops the function naming it. */
    public static AwsTimeouts from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        return new AwsTimeouts(
                millis(reader, CONNECT_VARIABLE, DEFAULT.connect, 1),
                millis(reader, ATTEMPT_VARIABLE, DEFAULT.attempt, 1),
                millis(reader, CALL_VARIABLE, DEFAULT.call, 1),
                millis(reader, MARGIN_VARIABLE, DEFAULT.margin, 0));
    }

    private static Duration millis(ConfigReader reader, String name, Duration fallback, int min) {
        return Duration.ofMillis(reader.integer(name, Math.toIntExact(fallback.toMillis()), min, MAX_MILLIS));
    }
}
