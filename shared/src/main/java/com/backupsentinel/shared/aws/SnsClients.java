package com.backupsentinel.shared.aws;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * SNS clients as every function builds them: {@link AwsClientFactory}'s settings, endpoints from
 * {@link LeanSnsEndpointProvider} (the SDK's rules engine only for what is not standard).
 */
public final class SnsClients {

    private SnsClients() {
    }

    public static SnsClient build(AwsClientFactory factory) {
        SnsClientBuilder builder = SnsClient.builder().endpointProvider(new LeanSnsEndpointProvider());
        return factory.build(builder, "SNS");
    }
}
