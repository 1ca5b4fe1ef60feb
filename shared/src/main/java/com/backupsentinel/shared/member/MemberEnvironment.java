package com.backupsentinel.shared.member;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The function's environment as seen from a member account: the member role's credentials and the region replace
 * the function's own, every other variable (endpoints, thresholds, timeouts) reads through. Clients built from it by
 * {@link AwsClientFactory#fromEnvironment} talk to the member account.
 */
public final class MemberEnvironment {

    private MemberEnvironment() {
    }

    /** {@code base} with {@code credentials}, {@code region} and the extra {@code overrides} laid over it. */
    public static Environment of(Environment base, MemberCredentials credentials, String region,
                                 Map<String, String> overrides) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(region, "region");
        Map<String, String> replaced = Map.of(
                "AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey(),
                "AWS_SESSION_TOKEN", credentials.sessionToken(),
                AwsClientFactory.REGION, region);
        Map<String, String> extra = Map.copyOf(overrides);
        return name -> {
            String value = replaced.get(name);
            if (value == null) {
                value = extra.get(name);
            }
            return value != null ? Optional.of(value).filter(v -> !v.isBlank()) : base.get(name);
        };
    }
}
