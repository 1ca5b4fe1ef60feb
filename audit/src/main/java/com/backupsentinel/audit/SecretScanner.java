package com.backupsentinel.audit;

/**
 * One left-to-right pass over a text that replaces what looks like a secret with {@link SecretRedactor#REDACTED}.
 * No regular expressions: every check either looks at a bounded number of characters or consumes what it looked
 * at, so the pass costs time linear in the text's length whatever the text holds. It finds:
 * <ul>
 *   <li>PEM private keys: a {@code -----BEGIN ... PRIVATE KEY-----} block up to its END line (to the end of the
 *       text when the END line is missing, e.g. cut off);</li>
 *   <li>values of secret-named keys ({@link SecretNames}) in {@code key=value}, {@code "key": "value"},
 *       {@code key: value} (YAML, HTTP headers such as {@code Cookie:}, to the end of the line, block scalars
 *       {@code |} and {@code >} with their indented lines), quoted, JSON-escaped, array and object values;</li>
 *   <li>AWS access key ids ({@code AKIA}/{@code ASIA} and 16 more), bare 40-character secret access keys (a run of
 *       exactly 40 base64 characters mixing upper and lower case), STS session tokens (base64 runs starting
 *       {@code IQoJb3JpZ2lu} or {@code FwoGZXIvYXdz}), and {@code Bearer}/{@code Basic} credentials.</li>
 * </ul>
 */
final class SecretScanner {

    private static final String REDACTED = SecretRedactor.REDACTED;
    private static final String PEM_BEGIN = "-----BEGIN ";
    private static final String PEM_END = "-----END ";
    private static final String PEM_DASHES = "-----";
    private static final int PEM_LABEL_MAX = 64;
    private static final int GAP_MAX = 8;
    private static final int INDENT_LOOKBACK = 256;
    private static final int SECRET_KEY_LENGTH = 40;
    private static final int MIN_BEARER_TOKEN = 8;
    private static final String[] SESSION_TOKEN_PREFIXES = {"IQoJb3JpZ2lu", "FwoGZXIvYXdz", "FQoGZXIvYXdz"};

    private final String text;
    private final int length;
    private final int safeIndex;
    private final StringBuilder out;
    /** How much of {@code out} stands for {@code text[0, safeIndex)} and the replacements begun before it. */
    private int safeLength = -1;
    /** Everything before this index of {@code text} has been written to {@code out}. */
    private int copied;
    private int pos;

    /** A redacted text and the length of its prefix that stands for the input before the safe index. */
    record Redacted(String text, int safeLength) {
    }

    private SecretScanner(String text, int safeIndex) {
        this.text = text;
        this.length = text.length();
        this.safeIndex = Math.min(safeIndex, text.length());
        this.out = new StringBuilder(text.length() + 16);
    }

    static String redact(String text) {
        return new SecretScanner(text, text.length()).run().text();
    }

    /**
     * {@code text} redacted, and how much of the result stands for {@code text[0, safeIndex)} (plus the whole of
     * any secret that begins before it): the part a caller may show when {@code text} was itself cut from
     * something longer and a secret may straddle its end.
     */
    static Redacted redact(String text, int safeIndex) {
        return new SecretScanner(text, safeIndex).run();
    }

    private Redacted run() {
        while (pos < length) {
            markSafePoint();
            char c = text.charAt(pos);
            boolean replaced = false;
            if (c == '-') {
                replaced = pemPrivateKey();
            } else if (c == '=' || c == ':') {
                replaced = namedValue(c);
            }
            if (!replaced && isBase64(c) && !isBase64(previous())) {
                replaced = base64Run();
            }
            if (!replaced && isWordChar(c) && !isWordChar(previous())) {
                replaced = accessKeyId() || bearerCredential();
            }
            if (!replaced) {
                pos++;
            }
        }
        markSafePoint();
        out.append(text, copied, length);
        return new Redacted(out.toString(), safeLength);
    }

    private void markSafePoint() {
        if (safeLength < 0 && pos >= safeIndex) {
            safeLength = out.length() + Math.max(0, safeIndex - copied);
        }
    }

    /**
     * The character before {@code pos} as the output has it: right after a replacement that is the replacement's
     * last character, so a second pass over the output sees what this one saw.
     */
    private char previous() {
        if (pos > copied) {
            return text.charAt(pos - 1);
        }
        return out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
    }

    /** Writes {@code text[copied, start)}, then {@code replacement} instead of {@code text[start, end)}. */
    private boolean replace(int start, int end, String replacement) {
        out.append(text, copied, start).append(replacement);
        copied = end;
        pos = end;
        return true;
    }

    private boolean pemPrivateKey() {
        if (!text.startsWith(PEM_BEGIN, pos)) {
            return false;
        }
        int labelStart = pos + PEM_BEGIN.length();
        int labelEnd = indexWithin(PEM_DASHES, labelStart, labelStart + PEM_LABEL_MAX);
        if (labelEnd < 0 || !text.substring(labelStart, labelEnd).contains("PRIVATE KEY")) {
            return false;
        }
        int end = text.indexOf(PEM_END, labelEnd + PEM_DASHES.length());
        if (end < 0) {
            return replace(pos, length, REDACTED);
        }
        int endLabelStart = end + PEM_END.length();
        int endLabelEnd = indexWithin(PEM_DASHES, endLabelStart, endLabelStart + PEM_LABEL_MAX);
        return replace(pos, endLabelEnd < 0 ? endLabelStart : endLabelEnd + PEM_DASHES.length(), REDACTED);
    }

    /** At a {@code :} or {@code =}: when the key before it names a secret, the value after it is replaced. */
    private boolean namedValue(char separator) {
        int k = pos;
        int gap = 0;
        while (k > copied && gap < GAP_MAX && isBlank(text.charAt(k - 1))) {
            k--;
            gap++;
        }
        boolean quotedKey = false;
        if (k > copied && (text.charAt(k - 1) == '"' || text.charAt(k - 1) == '\'')) {
            quotedKey = true;
            k--;
            if (k > copied && text.charAt(k - 1) == '\\') {
                k--;
            }
        }
        int keyEnd = k;
        int limit = Math.max(copied, keyEnd - SecretNames.MAX_NAME - 1);
        while (k > limit && isKeyChar(text.charAt(k - 1))) {
            k--;
        }
        int keyStart = k;
        if (keyStart == keyEnd || !SecretNames.isSecret(text, keyStart, keyEnd)) {
            return false;
        }
        boolean bareColon = separator == ':' && !quotedKey;
        if (bareColon && keyStart > 0 && text.charAt(keyStart - 1) == ':') {
            return false; // a segment of an ARN or URL (arn:aws:secretsmanager:...), not a key
        }
        int v = pos + 1;
        if (separator == '=' && v < length && (text.charAt(v) == '=' || text.charAt(v) == '>')) {
            return false; // a comparison or an arrow, not an assignment
        }
        if (bareColon && (v >= length || !isBlank(text.charAt(v)))) {
            return false; // YAML and HTTP headers put a space after the colon; "scheme:rest" is no key
        }
        while (v < length && isBlank(text.charAt(v))) {
            v++;
        }
        if (v >= length || isLineBreak(text.charAt(v))) {
            return false;
        }
        return value(v, separator, quotedKey, keyStart);
    }

    private boolean value(int start, char separator, boolean quotedKey, int keyStart) {
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            return replace(start, closingQuote(start + 1, c), c + REDACTED + c);
        }
        if (c == '\\' && start + 1 < length && text.charAt(start + 1) == '"') {
            return replace(start, closingEscapedQuote(start + 2), "\\\"" + REDACTED + "\\\"");
        }
        if (c == '[' || c == '{') {
            return replace(start, closingBracket(start), REDACTED);
        }
        boolean bareColon = separator == ':' && !quotedKey;
        if (bareColon && (c == '|' || c == '>')) {
            int indicatorEnd = start + 1;
            while (indicatorEnd < length && "+-0123456789".indexOf(text.charAt(indicatorEnd)) >= 0) {
                indicatorEnd++;
            }
            if (lineEnd(indicatorEnd) == skipBlanks(indicatorEnd)) {
                return replace(start, blockEnd(lineEnd(indicatorEnd), indentation(keyStart)), REDACTED);
            }
        }
        int end = bareColon ? trimmedLineEnd(start) : bareValueEnd(start);
        return end > start && replace(start, end, REDACTED);
    }

    /** After a base64 run's first character: exact-length secret access keys and STS session tokens. */
    private boolean base64Run() {
        int end = pos;
        while (end < length && isBase64(text.charAt(end))) {
            end++;
        }
        for (String prefix : SESSION_TOKEN_PREFIXES) {
            if (text.startsWith(prefix, pos)) {
                while (end < length && text.charAt(end) == '=') {
                    end++;
                }
                return replace(pos, end, REDACTED);
            }
        }
        if (end - pos == SECRET_KEY_LENGTH && mixesCase(pos, end)) {
            return replace(pos, end, REDACTED);
        }
        return false;
    }

    /** {@code AKIA} or {@code ASIA} and 16 upper-case letters or digits, as a whole word. */
    private boolean accessKeyId() {
        if (!text.startsWith("AKIA", pos) && !text.startsWith("ASIA", pos)) {
            return false;
        }
        int end = pos + 20;
        if (end > length) {
            return false;
        }
        for (int i = pos + 4; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return (end == length || !isWordChar(text.charAt(end))) && replace(pos, end, REDACTED);
    }

    /** {@code Bearer} or {@code Basic}, blanks, then at least 8 token characters: the token is replaced. */
    private boolean bearerCredential() {
        int word;
        if (text.regionMatches(true, pos, "bearer", 0, 6)) {
            word = pos + 6;
        } else if (text.regionMatches(true, pos, "basic", 0, 5)) {
            word = pos + 5;
        } else {
            return false;
        }
        int tokenStart = word;
        while (tokenStart < length && tokenStart - word < GAP_MAX && isBlank(text.charAt(tokenStart))) {
            tokenStart++;
        }
        if (tokenStart == word) {
            return false;
        }
        int end = tokenStart;
        while (end < length && isTokenChar(text.charAt(end))) {
            end++;
        }
        if (end - tokenStart < MIN_BEARER_TOKEN) {
            return false;
        }
        out.append(text, copied, tokenStart).append(REDACTED);
        copied = end;
        pos = end;
        return true;
    }

    private int closingQuote(int from, char quote) {
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return length;
    }

    /**
     * The end of a JSON string inside a JSON string ({@code \"value\"}): {@code \\} is an inner backslash,
     * {@code \"} an inner quote, which ends the value unless an inner backslash escapes it.
     */
    private int closingEscapedQuote(int from) {
        boolean innerEscape = false;
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length) {
                char next = text.charAt(i + 1);
                i++;
                if (next == '"' && !innerEscape) {
                    return i + 1;
                }
                innerEscape = next == '\\' && !innerEscape;
            } else {
                innerEscape = false;
            }
        }
        return length;
    }

    /** The end of a JSON array or object, nesting and strings included; the text's end when unbalanced. */
    private int closingBracket(int from) {
        int depth = 0;
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(i + 1, '"') - 1;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return i + 1;
            }
        }
        return length;
    }

    /** A bare value after {@code =} or a quoted key's {@code :}: up to a blank or a delimiter. */
    private int bareValueEnd(int from) {
        int i = from;
        while (i < length && !isBlank(text.charAt(i)) && !isLineBreak(text.charAt(i))
                && "&,;\"'}])<>".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < length && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int trimmedLineEnd(int from) {
        int end = lineEnd(from);
        while (end > from && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < length && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Spaces before the key on its line; 0 when the line start is further back than can be looked at. */
    private int indentation(int keyStart) {
        int i = keyStart;
        while (i > 0 && keyStart - i < INDENT_LOOKBACK && !isLineBreak(text.charAt(i - 1))) {
            i--;
        }
        int spaces = 0;
        while (i + spaces < keyStart && text.charAt(i + spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** The end of a YAML block scalar's last line: the following lines that are blank or indented deeper. */
    private int blockEnd(int firstLineEnd, int keyIndent) {
        int end = firstLineEnd;
        int i = firstLineEnd;
        while (i < length) {
            int lineStart = i;
            if (text.charAt(lineStart) == '\r' && lineStart + 1 < length && text.charAt(lineStart + 1) == '\n') {
                lineStart += 2;
            } else {
                lineStart++;
            }
            int indent = lineStart;
            while (indent < length && text.charAt(indent) == ' ') {
                indent++;
            }
            int next = lineEnd(indent);
            if (indent == next) {
                i = next; // a blank line belongs to the block if a deeper line follows
            } else if (indent - lineStart > keyIndent) {
                end = next;
                i = next;
            } else {
                break;
            }
        }
        return end;
    }

    private int indexWithin(String needle, int from, int to) {
        int last = Math.min(to, length - needle.length());
        for (int i = from; i <= last; i++) {
            if (text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean mixesCase(int from, int to) {
        boolean upper = false;
        boolean lower = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isKeyChar(char c) {
        return isWordChar(c) || c == '-' || c == '.';
    }

    private static boolean isTokenChar(char c) {
        return isWordChar(c) || "-._~+/=".indexOf(c) >= 0;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
