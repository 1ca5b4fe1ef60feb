package com.backupsentinel.audit;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints how long redaction takes per input size, 1 KiB to 2 MiB, for ordinary and hostile text: the single-pass
 * redactor over the whole text, an {@link AuditEvent} built from it (cut first, then redacted), and, up to 32 KiB,
 * the regular-expression redactor this one replaced (its named-secret pattern backtracks on runs of letters).
 * Asserts nothing.
 *
 * <pre>mvn -B -q -o -pl audit test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.backupsentinel.audit.SecretRedactorBenchmark</pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class SecretRedactorBenchmark {

    private static final int[] SIZES = {1 << 10, 4 << 10, 16 << 10, 32 << 10, 64 << 10, 256 << 10, 1 << 20, 2 << 20};
    private static final int REGEX_LIMIT = 32 << 10;

    private final PrintStream out;

    private SecretRedactorBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new SecretRedactorBenchmark(System.out).run();
    }

    private void run() {
        out.printf(Locale.ROOT, "SecretRedactor benchmark (JDK %s, %d processors), ms per call, median of 5%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("letters", "a");
        shapes.put("JSON request", "{\"resources\": [\"arn:aws:rds:us-west-2:123456789012:db:orders\"], "
                + "\"password\": \"hunter2\", \"note\": \"Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig\"}\n");
        shapes.put("secret words", "passwordtokensecret");
        shapes.put("keys without values", "password:");
        for (String shape : shapes.keySet()) {
            out.printf(Locale.ROOT, "%n%-22s %10s %12s %14s %16s%n", shape, "size", "redactText", "AuditEvent",
                    "regex (before)");
            for (int size : SIZES) {
                String text = repeat(shapes.get(shape), size);
                double scanner = median(() -> SecretRedactor.redactText(text));
                double event = median(() -> new AuditEvent("e", "op", Instant.EPOCH, "", "", 200, Map.of(), text, 0, ""));
                String regex = size <= REGEX_LIMIT ? String.format(Locale.ROOT, "%14.2f",
                        median(() -> RegexRedactor.redactText(text))) : String.format(Locale.ROOT, "%14s", "-");
                out.printf(Locale.ROOT, "%-22s %10s %12.3f %14.3f %s%n", "", label(size), scanner, event, regex);
            }
        }
    }

    private static double median(Runnable work) {
        work.run();
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    private static String label(int size) {
        return size >= 1 << 20 ? (size >> 20) + " MiB" : (size >> 10) + " KiB";
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }

    /** The redactor as it was before issue 12, kept here only to measure against. */
    private static final class RegexRedactor {

        private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");
        private static final Pattern NAMED_SECRET_VALUE = Pattern.compile(
                "(?i)(\"?(?:password|passwd|secret[a-z_]*|[a-z_]*token|authorization|api[-_]?key|signature)\"?\\s*"
                        + "[:=]\\s*)(\"[^\"]*\"|[^\\s,&}]+)");
        private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");

        static String redactText(String text) {
            UnaryOperator<String> named = t -> NAMED_SECRET_VALUE.matcher(t).replaceAll(match ->
                    Matcher.quoteReplacement(match.group(1) + "[REDACTED]"));
            String clean = ACCESS_KEY_ID.matcher(named.apply(text)).replaceAll("[REDACTED]");
            return BEARER.matcher(clean).replaceAll(match -> match.group(1) + " [REDACTED]");
        }
    }
}
