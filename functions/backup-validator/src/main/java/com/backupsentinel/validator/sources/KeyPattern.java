package com.backupsentinel.validator.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key layout such as {@code awx/{date}/awx-backup-{timestamp}.sql.gz} or {@code app/{timestamp}/*}:
 * {@code {date}} is yyyy-MM-dd, {@code {timestamp}} is one of {@code 2026-11-22t05-00-00} (seed 004),
 * {@code 2026-11-22T05:00:00Z}, {@code 20261122T050000Z} / {@code 20261122-050000}, or 10-digit epoch seconds,
 * and {@code *} any characters. The first placeholder must be {@code {date}} or {@code {timestamp}}, so a day's
 * keys share the prefix {@code <text before it><yyyy-MM-dd>}.
 */
public final class KeyPattern {

    static final String DATE = "{date}";
    static final String TIMESTAMP = "{timestamp}";
    private static final String TIMESTAMP_REGEX = "(?<timestamp>\\d{4}-\\d{2}-\\d{2}[tT]\\d{2}[-:]\\d{2}[-:]\\d{2}[zZ]?"
            + "|\\d{8}[tT-]?\\d{6}[zZ]?|\\d{10})";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final String text;
    private final String fixedPrefix;
    private final Pattern regex;
    private final boolean hasTimestamp;

    private KeyPattern(String text, String fixedPrefix, Pattern regex, boolean hasTimestamp) {
        this.text = text;
        this.fixedPrefix = fixedPrefix;
        this.regex = regex;
        this.hasTimestamp = hasTimestamp;
    }

    /** Parses a layout; the message of the exception says what is wrong (the caller names the field). */
    public static KeyPattern parse(String text) {
        int date = text.indexOf(DATE);
        int timestamp = text.indexOf(TIMESTAMP);
        if (date < 0 && timestamp < 0) {
            throw new IllegalArgumentException("must contain {date} or {timestamp}");
        }
        if (text.indexOf(DATE, date + 1) > 0 && date >= 0 || timestamp >= 0 && text.indexOf(TIMESTAMP, timestamp + 1) > 0) {
            throw new IllegalArgumentException("must contain each placeholder at most once");
        }
        int first = date < 0 ? timestamp : timestamp < 0 ? date : Math.min(date, timestamp);
        String fixed = text.substring(0, first);
        if (fixed.contains("*")) {
            throw new IllegalArgumentException("must not use * before the first placeholder (listing uses the day)");
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(DATE, i)) {
                regex.append("(?<date>\\d{4}-\\d{2}-\\d{2})");
                i += DATE.length();
            } else if (text.startsWith(TIMESTAMP, i)) {
                regex.append(TIMESTAMP_REGEX);
                i += TIMESTAMP.length();
            } else if (text.charAt(i) == '*') {
                regex.append(".*");
                i++;
            } else {
                int next = nextSpecial(text, i);
                regex.append(Pattern.quote(text.substring(i, next)));
                i = next;
            }
        }
        return new KeyPattern(text, fixed, Pattern.compile(regex.toString()), timestamp >= 0);
    }

    private static int nextSpecial(String text, int from) {
        int next = text.length();
        for (String token : new String[] {DATE, TIMESTAMP, "*"}) {
            int at = text.indexOf(token, from);
            if (at >= 0 && at < next) {
                next = at;
            }
        }
        return next;
    }

    /** The text before the first placeholder. */
    public String fixedPrefix() {
        return fixedPrefix;
    }

    /** The prefix every key of {@code day} starts with. */
    public String dayPrefix(LocalDate day) {
        return fixedPrefix + DAY.format(day);
    }

    /** Whether keys carry their own time; otherwise an object's LastModified is its backup time. */
    public boolean hasTimestamp() {
        return hasTimestamp;
    }

    /**
     * Whether {@code key} follows the layout, and the time its {@code {timestamp}} states (empty without one).
     * A key that matches the layout but whose timestamp is not a real time does not match.
     */
    public Optional<Optional<Instant>> match(String key) {
        Matcher matcher = regex.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            if (text.contains(DATE)) {
                LocalDate.parse(matcher.group("date"), DAY);
            }
            return Optional.of(hasTimestamp ? Optional.of(instant(matcher.group("timestamp"))) : Optional.empty());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Instant instant(String raw) {
        if (raw.length() == 10 && raw.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(raw));
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() != 14) {
            throw new DateTimeParseException("not a timestamp", raw, 0);
        }
        return LocalDateTime.parse(digits, DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT))
                .toInstant(ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPattern pattern && pattern.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
