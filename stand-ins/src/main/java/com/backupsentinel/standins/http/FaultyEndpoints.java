package com.backupsentinel.standins.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a {@link FaultProxy} in front of every endpoint of an SDK environment ({@code AWS_ENDPOINT_URL} and each
 * {@code AWS_ENDPOINT_URL_<SERVICE>}), all sharing one {@link FaultPlan}, and hands back the same environment
 * pointing at the proxies. Works the same for the embedded stand-ins and for external emulators such as moto.
 */
public final class FaultyEndpoints implements AutoCloseable {

    private static final String PREFIX = "AWS_ENDPOINT_URL";
    private static final Map<String, String> SIGNING_NAMES = Map.of("DYNAMODB", "dynamodb", "S3", "s3", "SNS", "sns",
            "BACKUP", "backup", "RESOURCE_GROUPS_TAGGING_API", "tagging", "SQS", "sqs", "STS", "sts");

    private final Map<String, String> environment;
    private final List<FaultProxy> proxies;

    private FaultyEndpoints(Map<String, String> environment, List<FaultProxy> proxies) {
        this.environment = Collections.unmodifiableMap(environment);
        this.proxies = List.copyOf(proxies);
    }

    /** Fronts each {@code http://} endpoint variable of {@code environment}; other variables are copied as they are. */
    public static FaultyEndpoints front(Map<String, String> environment, FaultPlan plan) {
        Map<String, String> fronted = new LinkedHashMap<>(environment);
        List<FaultProxy> proxies = new ArrayList<>();
        try {
            environment.forEach((name, value) -> {
                if (name.startsWith(PREFIX) && value != null && value.trim().toLowerCase(Locale.ROOT)
                        .startsWith("http://")) {
                    FaultProxy proxy = FaultProxy.start(URI.create(value.trim()), serviceOf(name), plan);
                    proxies.add(proxy);
                    fronted.put(name, proxy.endpoint().toString());
                }
            });
        } catch (RuntimeException e) {
            proxies.forEach(FaultProxy::close);
            throw e;
        }
        return new FaultyEndpoints(fronted, proxies);
    }

    /** The signing name for {@code AWS_ENDPOINT_URL_<SERVICE>}; empty for the catch-all {@code AWS_ENDPOINT_URL}. */
    static Optional<String> serviceOf(String variable) {
        if (variable.length() <= PREFIX.length() + 1) {
            return Optional.empty();
        }
        String id = variable.substring(PREFIX.length() + 1);
        return Optional.of(SIGNING_NAMES.getOrDefault(id, id.toLowerCase(Locale.ROOT)));
    }

    /** The environment with every endpoint replaced by its proxy. */
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        proxies.forEach(FaultProxy::close);
    }
}
