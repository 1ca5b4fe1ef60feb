package com.backupsentinel.shared.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * DynamoDB clients as every function builds them: {@link AwsClientFactory}'s settings, endpoints from
 * {@link LeanDynamoDbEndpointProvider} (the SDK's rules engine only for what is not standard).
 *
 * <p>Endpoint discovery is left as the SDK configures it (off for DynamoDB unless {@code AWS_ENDPOINT_DISCOVERY_ENABLED}
 * or a profile turns it on). {@code endpointDiscoveryEnabled(false)} would not keep the SDK's discovery settings chain
 * off the cold path: the builder consults the chain whenever the flag is false and skips it only when it is true.
 */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    public static DynamoDbClient build(AwsClientFactory factory) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().endpointProvider(new LeanDynamoDbEndpointProvider());
        return factory.build(builder, "DYNAMODB");
    }
}
