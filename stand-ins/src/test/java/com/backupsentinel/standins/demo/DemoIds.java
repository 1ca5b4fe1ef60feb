package com.backupsentinel.standins.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/** Deterministic identifiers in the formats AWS uses, from one seeded random source. */
final class DemoIds {

    private final Random random;

    DemoIds(long seed) {
        this.random = new Random(seed);
    }

    /** e.g. {@code 6f1b0e4e-3f4c-4a43-9d4c-7b6c1fbb2f10}. */
    String uuid() {
        StringBuilder hex = new StringBuilder(hex(32));
        hex.setCharAt(12, '4');
        hex.setCharAt(16, "89ab".charAt(random.nextInt(4)));
        hex.insert(20, '-').insert(16, '-').insert(12, '-').insert(8, '-');
        return hex.toString();
    }

    String upperUuid() {
        return uuid().toUpperCase(Locale.ROOT);
    }

    /** {@code n} lowercase hex digits. */
    String hex(int n) {
        StringBuilder hex = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    /** A plan VersionId: base64 text as AWS prints them. */
    String versionId() {
        return Base64.getEncoder().withoutPadding().encodeToString(uuid().getBytes(StandardCharsets.US_ASCII)).substring(0, 48);
    }

    /** A uniform integer in [low, high]. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
