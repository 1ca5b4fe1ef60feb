package com.backupsentinel.shared.aws;

import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.BackupClientBuilder;

/**
 * AWS Backup clients as every function builds them: {@link AwsClientFactory}'s settings, endpoints from
 * {@link LeanBackupEndpointProvider} (the SDK's rules engine only for what is not standard).
 */
public final class BackupClients {

    private BackupClients() {
    }

    public static BackupClient build(AwsClientFactory factory) {
        BackupClientBuilder builder = BackupClient.builder().endpointProvider(new LeanBackupEndpointProvider());
        return factory.build(builder, "BACKUP");
    }
}
