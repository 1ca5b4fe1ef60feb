package com.backupsentinel.shared.aws;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.sns.endpoints.SnsEndpointParams;
import software.amazon.awssdk.services.sns.endpoints.SnsEndpointProvider;

/**
 * SNS endpoints without the SDK's rules engine on the common path ({@link LeanEndpointProvider}): an override as given,
 * {@code https://sns.<region>.amazonaws.com} for the aws partition's regions, anything else from the SDK's provider.
 */
final class LeanSnsEndpointProvider extends LeanEndpointProvider<SnsEndpointParams, SnsEndpointProvider>
        implements SnsEndpointProvider {

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(SnsEndpointParams params) {
        return resolve(params);
    }

    @Override
    Endpoint standard(SnsEndpointParams params) {
        if (!plain(params.useFips(), params.useDualStack())) {
            return null;
        }
        return params.endpoint() != null
                ? overrideEndpoint(params.endpoint())
                : httpsEndpoint(awsHost("sns", params.region()));
    }

    @Override
    SnsEndpointProvider createSdkProvider() {
        return SnsEndpointProvider.defaultProvider();
    }

    @Override
    CompletableFuture<Endpoint> resolveWith(SnsEndpointProvider sdkProvider, SnsEndpointParams params) {
        return sdkProvider.resolveEndpoint(params);
    }
}
