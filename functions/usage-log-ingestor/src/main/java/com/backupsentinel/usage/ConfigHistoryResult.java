package com.backupsentinel.usage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The deployments asked about, each with the config version it ran (empty when no backup of it was recorded). */
record ConfigHistoryResult(ConfigHistoryRequest request, Optional<ConfigVersion> version, List<Entry> deployments) {

    /** One deployment and its config version. */
    record Entry(DeploymentRecord deployment, Optional<ConfigVersion> config) {

        Entry {
            Objects.requireNonNull(deployment, "deployment");
            Objects.requireNonNull(config, "config");
        }
    }

    ConfigHistoryResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(version, "version");
        deployments = List.copyOf(deployments);
    }
}
