package com.backupsentinel.validator.sources;

import static com.backupsentinel.validator.sources.SourceRules.finding;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.ResourceLedger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bucket of a source must keep versions, block public access, expire the source's prefix after its retention
 * (and move it to GLACIER after {@code glacierAfterDays}) and deny requests without TLS. A setting that could not
 * be read is a WARNING saying so, never assumed either way.
 */
final class BucketRules {

    private BucketRules() {
    }

    /** Applies the rules; returns how many settings could not be verified. */
    static int check(ResourceLedger ledger, BackupSource source, BucketProtection bucket) {
        int unverifiable = 0;
        unverifiable += flag(ledger, source, bucket.versioningEnabled(), "s3_bucket_versioning",
                "versioning is not enabled on " + source.bucket(), "versioning Enabled");
        unverifiable += flag(ledger, source, bucket.publicAccessBlocked(), "s3_bucket_public_access_block",
                "public access is not fully blocked on " + source.bucket(), "all four public access block settings on");
        unverifiable += flag(ledger, source, bucket.tlsOnlyPolicy(), "s3_bucket_tls_only",
                "the policy of " + source.bucket() + " does not deny requests without TLS",
                "a Deny statement on aws:SecureTransport false");
        if (source.retentionDays().isEmpty() && source.glacierAfterDays().isEmpty()) {
            return unverifiable;
        }
        Probe<List<LifecycleRule>> rules = bucket.lifecycleRules();
        if (rules.value().isEmpty()) {
            notVerifiable(ledger, source, "s3_bucket_lifecycle", rules.notVerifiable());
            return unverifiable + 1;
        }
        List<LifecycleRule> covering = rules.value().get().stream().filter(r -> r.covers(source.prefix())).toList();
        String seen = covering.isEmpty() ? "no enabled lifecycle rule covers " + source.prefix()
                : "rules covering " + source.prefix() + ": " + covering.stream().map(BucketRules::describe)
                        .collect(Collectors.joining("; "));
        source.retentionDays().ifPresent(days -> {
            if (covering.stream().noneMatch(r -> r.expirationDays().orElse(-1) == days)) {
                finding(ledger, source, "s3_bucket_lifecycle_expiration", seen, "expire after " + days + " days",
                        Severity.ERROR);
            }
        });
        source.glacierAfterDays().ifPresent(days -> {
            if (covering.stream().noneMatch(r -> r.transitionDays().getOrDefault("GLACIER", -1) == days)) {
                finding(ledger, source, "s3_bucket_lifecycle_glacier", seen, "transition to GLACIER after " + days
                        + " days", Severity.ERROR);
            }
        });
        return unverifiable;
    }

    private static int flag(ResourceLedger ledger, BackupSource source, Probe<Boolean> probe, String rule,
                            String observed, String threshold) {
        if (probe.value().isEmpty()) {
            notVerifiable(ledger, source, rule, probe.notVerifiable());
            return 1;
        }
        if (!probe.value().get()) {
            finding(ledger, source, rule, observed, threshold, Severity.ERROR);
        }
        return 0;
    }

    private static void notVerifiable(ResourceLedger ledger, BackupSource source, String rule, String reason) {
        finding(ledger, source, "s3_bucket_not_verifiable", rule + " of " + source.bucket() + " not verifiable: "
                + reason, "a readable setting", Severity.WARNING);
    }

    private static String describe(LifecycleRule rule) {
        return "'" + rule.id() + "' expires " + (rule.expirationDays().isPresent() ? "after "
                + rule.expirationDays().getAsInt() + " days" : "never") + (rule.transitionDays().isEmpty() ? ""
                : ", transitions " + rule.transitionDays());
    }
}
