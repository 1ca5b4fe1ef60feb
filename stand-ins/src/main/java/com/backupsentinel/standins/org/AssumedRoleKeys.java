package com.backupsentinel.standins.org;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access key ids the STS stand-in hands out for an assumed role: {@code ASIA} (AWS's prefix for temporary keys),
 * the 12-digit account, and {@code STANDIN}. Every stand-in tells the member account of a request from its key.
 */
public final class AssumedRoleKeys {

    private static final Pattern KEY = Pattern.compile("ASIA(\\d{12})STANDIN");

    private AssumedRoleKeys() {
    }

    public static String accessKeyFor(String accountId) {
        return "ASIA" + accountId + "STANDIN";
    }

    /** The account a key was handed out for; empty for any other key. */
    public static Optional<String> accountOf(String accessKeyId) {
        if (accessKeyId == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(accessKeyId);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
