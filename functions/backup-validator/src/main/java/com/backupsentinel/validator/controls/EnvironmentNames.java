package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import java.util.Locale;
import java.util.Optional;

/**
 * Which environment a plan or vault belongs to, read from its name as the seed names them
 * ({@code arrakis-backup-plan-production}, {@code ...-staging}, {@code ...-development}, or {@code prod},
 * {@code stage}, {@code dev}); names that say nothing belong to the deployment's own environment.
 */
final class EnvironmentNames {

    private EnvironmentNames() {
    }

    static DeploymentEnvironment of(String name, DeploymentEnvironment fallback) {
        return stated(name).orElse(fallback);
    }

    /** The environment {@code name} states, if any. */
    static Optional<DeploymentEnvironment> stated(String name) {
        for (String token : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            switch (token) {
                case "production":
                case "prod":
                    return Optional.of(DeploymentEnvironment.PRODUCTION);
                case "staging":
                case "stage":
                    return Optional.of(DeploymentEnvironment.STAGING);
                case "development":
                case "dev":
                    return Optional.of(DeploymentEnvironment.DEVELOPMENT);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
