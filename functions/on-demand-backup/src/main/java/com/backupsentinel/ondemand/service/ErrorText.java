package com.backupsentinel.ondemand.service;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns AWS error text into something safe to return to a caller: ARNs and account ids of other accounts are
 * replaced, control characters removed and the text shortened. Never returns a stack trace.
 */
public final class ErrorText {

    /** The longest reason this API returns. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern ARN = Pattern.compile(
            "arn:[a-z0-9-]+:[a-z0-9-]*:[a-z0-9-]*:(\\d{12})?:[^\\s\"',;()\\[\\]{}<>]+");
    private static final Pattern ACCOUNT = Pattern.compile("(?<![\\d:])\\d{12}(?![\\d])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]|[\n\t]+");

    private final String ownAccountId;

    /** @param ownAccountId the account this function runs in; its ARNs are kept */
    public ErrorText(String ownAccountId) {
        this.ownAccountId = Objects.requireNonNull(ownAccountId, "ownAccountId");
    }

    /** AWS's message with other accounts' ARNs and ids redacted, on one line, at most {@value #MAX_LENGTH} chars. */
    public String sanitize(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String oneLine = CONTROL.matcher(message.strip()).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        Matcher arns = ARN.matcher(oneLine);
        int last = 0;
        while (arns.find()) {
            out.append(redactAccounts(oneLine.substring(last, arns.start())));
            String account = arns.group(1);
            out.append(account == null || account.equals(ownAccountId) ? arns.group() : "<redacted-arn>");
            last = arns.end();
        }
        out.append(redactAccounts(oneLine.substring(last)));
        return shorten(out.toString());
    }

    /** {@code <code>: <sanitized message>}, or just the code when AWS sent no message. */
    public String reason(AwsCallException e) {
        String message = sanitize(e.getMessage());
        return shorten(message.isEmpty() ? e.errorCode() : e.errorCode() + ": " + message);
    }

    private String redactAccounts(String text) {
        Matcher accounts = ACCOUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (accounts.find()) {
            accounts.appendReplacement(out, accounts.group().equals(ownAccountId) ? accounts.group()
                    : "<redacted-account>");
        }
        accounts.appendTail(out);
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
    }
}
