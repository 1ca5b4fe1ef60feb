package com.backupsentinel.local;

import java.util.Map;
import java.util.Objects;

/**
 * The stack-wide facts intrinsics need: pseudo parameter values and parameter overrides (SAM's
 * {@code --parameter-overrides}, here the {@code Parameters} object of the env-vars file).
 */
record StackSettings(String region, String accountId, String stackName, String partition,
                     Map<String, String> parameterOverrides) {

    static final String DEFAULT_ACCOUNT_ID = "123456789012";
    static final String DEFAULT_STACK_NAME = "backup-sentinel";

    StackSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(partition, "partition");
        parameterOverrides = Map.copyOf(parameterOverrides);
    }

    /** Stack backup-sentinel in {@code region} and {@code accountId}, partition aws (aws-cn/aws-us-gov by region). */
    static StackSettings local(String region, String accountId, Map<String, String> parameterOverrides) {
        return new StackSettings(region, accountId, DEFAULT_STACK_NAME, partitionOf(region), parameterOverrides);
    }

    String arn(String service, String resource, boolean regional, boolean withAccount) {
        return "arn:" + partition + ":" + service + ":" + (regional ? region : "") + ":" + (withAccount ? accountId : "")
                + ":" + resource;
    }

    String urlSuffix() {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    private static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }
}
