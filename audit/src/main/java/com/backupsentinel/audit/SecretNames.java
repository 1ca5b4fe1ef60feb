package com.backupsentinel.audit;

import java.util.List;
import java.util.Locale;

/**
 * Whether a parameter or key name says its value is a secret: it contains password, passwd, passphrase, secret,
 * token, authorization, credential, signature, api key, private key, cookie or session (any case, with or without
 * {@code -} or {@code _}). Names of things about a secret rather than the secret itself are not: those ending in
 * {@code arn}, {@code name}, {@code exception} or {@code error} ({@code SecretArn}, {@code RoleSessionName},
 * {@code ExpiredTokenException}).
 */
final class SecretNames {

    /** Longer names are not names (and are not looked at, so a name costs bounded time). */
    static final int MAX_NAME = 128;

    private static final List<String> WORDS = List.of("password", "passwd", "passphrase", "secret", "token",
            "authorization", "credential", "signature", "apikey", "privatekey", "cookie", "session");
    private static final List<String> NOT_SECRET_SUFFIXES = List.of("arn", "name", "exception", "error");

    private SecretNames() {
    }

    static boolean isSecret(String name) {
        return name != null && isSecret(name, 0, name.length());
    }

    /** Whether {@code text[start, end)} names a secret. */
    static boolean isSecret(CharSequence text, int start, int end) {
        if (end <= start || end - start > MAX_NAME) {
            return false;
        }
        StringBuilder folded = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '_' && c != '.') {
                folded.append(Character.toLowerCase(c));
            }
        }
        String name = folded.toString().toLowerCase(Locale.ROOT);
        for (String suffix : NOT_SECRET_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return false;
            }
        }
        for (String word : WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
