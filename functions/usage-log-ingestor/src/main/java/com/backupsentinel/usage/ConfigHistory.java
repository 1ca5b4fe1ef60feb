package com.backupsentinel.usage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers "which config did customer X run on date D" and "who ran this config version". Whether a deployment's
 * config was backed up is decided when asked, from the versions recorded so far: the backup and the usage log are
 * written by the same apply and arrive in either order, so a flag fixed at ingestion time would often be wrong.
 */
final class ConfigHistory {

    private final UsageStore store;

    ConfigHistory(UsageStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    ConfigHistoryResult answer(ConfigHistoryRequest request) {
        Map<String, ConfigVersion> versions = store.configVersions(request.customer()).stream()
                .collect(Collectors.toMap(ConfigVersion::md5, Function.identity(), (a, b) -> a));
        List<DeploymentRecord> deployments = request.date().isPresent()
                ? store.deploymentsOn(request.customer(), request.date().get())
                : store.deploymentsUsing(request.customer(), request.configHash().orElseThrow());
        List<ConfigHistoryResult.Entry> entries = deployments.stream()
                .map(d -> new ConfigHistoryResult.Entry(d, Optional.ofNullable(versions.get(d.configHash()))))
                .collect(Collectors.toList());
        Optional<ConfigVersion> version = request.configHash().map(versions::get);
        return new ConfigHistoryResult(request, version, entries);
    }
}
