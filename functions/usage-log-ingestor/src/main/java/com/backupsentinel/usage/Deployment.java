package com.backupsentinel.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A validated usage log and the object it came from. {@link #rank()} orders deployments of one
 * (date, customer, user) so the last one wins, identically whatever order they arrive in:
 * <ol>
 *   <li>the later deployment time wins;</li>
 *   <li>on equal times, the greater object key (byte order) wins: the later-named file;</li>
 *   <li>on equal keys (an overwritten object), the greater SHA-256 of the log's values wins.</li>
 * </ol>
 * The rank is one string whose byte order is that order: a fixed-width UTC time, {@code #}, the key, {@code #},
 * the digest. {@code #} sorts below every character a valid key may hold, so a shorter key that is a prefix of a
 * longer one still sorts first.
 */
record Deployment(UsageLogKey key, String etag, UsageLog log) {

    static final DateTimeFormatter FIXED_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    Deployment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(log, "log");
    }

    String rank() {
        return deployedAtText() + "#" + key.key() + "#" + contentDigest();
    }

    /** The deployment time as a fixed-width, sortable UTC string. */
    String deployedAtText() {
        return FIXED_INSTANT.format(log.deployedAt());
    }

    UsageRow row() {
        return new UsageRow(log.date(), log.customer(), log.user(), log.additionalUsersCount(), log.projectName(),
                log.clusterName());
    }

    String contentDigest() {
        String content = String.join("\n", log.userArn(), log.userId(), log.configHash(),
                Integer.toString(log.additionalUsersCount()), log.projectName(), log.clusterName());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
