package com.backupsentinel.local;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the function's AWS calls go: the embedded stand-ins, or the endpoints the user set with
 * {@code AWS_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL_<SERVICE>}. Resources are created only at a service that has an
 * endpoint here, never in a real AWS account.
 */
interface AwsEndpoints extends AutoCloseable {

    /** Credential and profile variables an external endpoint may need, passed to the function unchanged. */
    Set<String> PASSED_THROUGH = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
            "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE");

    /** Variables the function gets on top of its template environment (endpoints, region, dummy keys). */
    Map<String, String> environment();

    /** A short description for the notes on stderr. */
    String description();

    /** The account the endpoints act as (the inventory's account for the stand-ins); empty when unknown. */
    Optional<String> accountId();

    /** The region the endpoints serve (the inventory's primary region for the stand-ins); empty when unknown. */
    default Optional<String> region() {
        return Optional.ofNullable(environment().get(AwsClientFactory.REGION));
    }

    @Override
    void close();

    /** The environment the SDK clients of local invoke and of the handler see: the process's, then ours. */
    default Environment clientEnvironment(Map<String, String> processEnvironment, String region) {
        Map<String, String> values = new HashMap<>(processEnvironment);
        values.putIfAbsent(AwsClientFactory.REGION, region);
        values.putAll(environment());
        return Environment.of(values);
    }

    /** Whether {@code serviceId} (DYNAMODB, S3, SNS, SQS, BACKUP) has a stand-in or user-given endpoint. */
    boolean serves(String serviceId);

    /**
     * The user's endpoints in {@code processEnvironment}: nothing to start or stop. The function gets the endpoint
     * variables and the credentials of that environment, as SAM passes the caller's credentials into its container.
     */
    static AwsEndpoints external(Map<String, String> processEnvironment) {
        Map<String, String> passed = new HashMap<>();
        processEnvironment.forEach((name, value) -> {
            if (name.startsWith(AwsClientFactory.ENDPOINT_URL) || PASSED_THROUGH.contains(name)) {
                passed.put(name, value);
            }
        });
        Map<String, String> environment = Map.copyOf(passed);
        return new AwsEndpoints() {
            @Override
            public boolean serves(String serviceId) {
                return processEnvironment.containsKey(AwsClientFactory.ENDPOINT_URL + "_" + serviceId)
                        || processEnvironment.containsKey(AwsClientFactory.ENDPOINT_URL);
            }

            @Override
            public Map<String, String> environment() {
                return environment;
            }

            @Override
            public String description() {
                return "the endpoints in AWS_ENDPOINT_URL*";
            }

            @Override
            public Optional<String> accountId() {
                return Optional.empty();
            }

            @Override
            public void close() {
                // not ours to stop
            }
        };
    }
}
