package com.backupsentinel.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes secrets before anything is recorded: parameters whose names say they hold a secret, and values that
 * look like credentials wherever they appear (AWS access key ids, secret keys after a secret-sounding name,
 * bearer tokens, SigV4 signatures).
 */
final class SecretRedactor {

    static final String REDACTED = "[REDACTED]";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|authorization|credential|signature|api[-_]?key|private[-_]?key"
                    + "|session|cookie).*");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");
    private static final Pattern NAMED_SECRET_VALUE = Pattern.compile(
            "(?i)(\"?(?:password|passwd|secret[a-z_]*|[a-z_]*token|authorization|api[-_]?key|signature)\"?\\s*[:=]\\s*)"
                    + "(\"[^\"]*\"|[^\\s,&}]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");

    private SecretRedactor() {
    }

    static Map<String, String> redact(Map<String, String> params) {
        Map<String, String> clean = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name == null) {
                return;
            }
            boolean secretName = SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
            clean.put(name, secretName ? REDACTED : redactText(value == null ? "" : value));
        });
        return clean;
    }

    static String redactText(String text) {
        String clean = NAMED_SECRET_VALUE.matcher(text).replaceAll(match -> {
            String value = match.group(2);
            String replacement = value.startsWith("\"") ? "\"" + REDACTED + "\"" : REDACTED;
            return java.util.regex.Matcher.quoteReplacement(match.group(1) + replacement);
        });
        clean = ACCESS_KEY_ID.matcher(clean).replaceAll(REDACTED);
        return BEARER.matcher(clean).replaceAll(match -> match.group(1) + " " + REDACTED);
    }
}
