package com.backupsentinel.shared.aws;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.backup.endpoints.BackupEndpointParams;
import software.amazon.awssdk.services.backup.endpoints.BackupEndpointProvider;

/**
 * AWS Backup endpoints without the SDK's rules engine on the common path ({@link LeanEndpointProvider}): an override as
 * given, {@code https://backup.<region>.amazonaws.com} for the aws partition's regions, anything else from the SDK's
 * provider. The backup jar (2.42.x) was generated before the 2.5x rules: its endpoints are built from a {@code URI}.
 */
final class LeanBackupEndpointProvider extends LeanEndpointProvider<BackupEndpointParams, BackupEndpointProvider>
        implements BackupEndpointProvider {

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(BackupEndpointParams params) {
        return resolve(params);
    }

    @Override
    Endpoint standard(BackupEndpointParams params) {
        if (!plain(params.useFips(), params.useDualStack())) {
            return null;
        }
        if (params.endpoint() != null) {
            return uriEndpoint(params.endpoint());
        }
        String host = awsHost("backup", params.region());
        return host == null ? null : uriEndpoint("https://" + host);
    }

    @Override
    BackupEndpointProvider createSdkProvider() {
        return BackupEndpointProvider.defaultProvider();
    }

    @Override
    CompletableFuture<Endpoint> resolveWith(BackupEndpointProvider sdkProvider, BackupEndpointParams params) {
        return sdkProvider.resolveEndpoint(params);
    }
}
