package com.backupsentinel.shared.aws;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.ClassLoaderHelper;

/**
 * What the lean endpoint providers of SNS, DynamoDB and AWS Backup share. Each answers the two cases every function
 * meets itself, with the endpoint the SDK's rules give for them, and hands every other case to the SDK's own provider
 * ({@code XxxEndpointProvider.defaultProvider()}), created on its first use.
 *
 * <p>Why: the SDK's providers evaluate the service's endpoint rules, which load the partition table (every partition,
 * region and DNS suffix) through about 30 classes per service ({@code DefaultXxxEndpointProvider}, its evaluator,
 * {@code RulesFunctions}, the partition, region-override and output builders). On the cold path of a function that is
 * class loading for nothing: the answer is one string.
 *
 * <p>The two cases, when neither FIPS nor dual-stack is asked for (both flags false, as a client always passes them;
 * a null flag goes to the SDK, whose older generated rules reject it):
 * <ul>
 *   <li>an endpoint override (local invoke, moto, {@code AWS_ENDPOINT_URL}): exactly that URL, as the rules return it;
 *   <li>no override, and the region matches the {@code aws} partition's region pattern in the SDK's partition data,
 *       {@code ^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$}: {@code https://<prefix>.<region>.amazonaws.com}. No region
 *       of another partition matches that pattern, so the SDK picks the {@code aws} partition for these regions too.
 *       When the SDK reads other partition data (a partitions file named by {@code aws.partitionsFile} or
 *       {@code AWS_PARTITIONS_FILE}, or {@code software/amazon/awssdk/global/partitions.json} on the class path),
 *       only the override case stays here.
 * </ul>
 * Everything else (FIPS, dual-stack, other partitions, {@code aws-global}, unknown regions, a malformed override, and
 * what is particular to one service) goes to the SDK's provider. {@code LeanEndpointProvidersTest} compares both
 * providers' answers over every region the SDK knows and odd ones.
 *
 * @param <P> the service's endpoint parameters
 * @param <S> the service's endpoint provider type
 */
abstract class LeanEndpointProvider<P, S> {

    static final String AWS_DNS_SUFFIX = "amazonaws.com";
    private static final String PARTITIONS_RESOURCE = "software/amazon/awssdk/global/partitions.json";
    private static final int PREFIX_LENGTH = 2;

    private static volatile Boolean builtInPartitions;

    private volatile S sdk;

    /** The standard case's endpoint, or null: the SDK's provider answers. */
    abstract Endpoint standard(P params);

    abstract S createSdkProvider();

    abstract CompletableFuture<Endpoint> resolveWith(S sdkProvider, P params);

    final CompletableFuture<Endpoint> resolve(P params) {
        Endpoint endpoint = standard(params);
        return endpoint != null ? CompletableFuture.completedFuture(endpoint) : resolveWith(sdkProvider(), params);
    }

    /** Whether a case has gone to the SDK's provider yet (it is created then). */
    final boolean sdkProviderCreated() {
        return sdk != null;
    }

    private S sdkProvider() {
        S provider = sdk;
        if (provider == null) {
            provider = createSdkProvider(); // two threads may both create one: it holds no state worth sharing
            sdk = provider;
        }
        return provider;
    }

    /** Both flags false: the only flags the standard cases have. */
    static boolean plain(Boolean useFips, Boolean useDualStack) {
        return Boolean.FALSE.equals(useFips) && Boolean.FALSE.equals(useDualStack);
    }

    /** {@code <prefix>.<region>.amazonaws.com}, or null unless {@code region} is the aws partition's by its pattern. */
    static String awsHost(String prefix, Region region) {
        if (region == null || !isAwsPartitionRegion(region.id()) || !builtInPartitions()) {
            return null;
        }
        return prefix + "." + region.id() + "." + AWS_DNS_SUFFIX;
    }

    /** The endpoint of the 2.5x generated rules for an https host: {@code EndpointUrl.fromComponents("https", host, -1, "")}. */
    static Endpoint httpsEndpoint(String host) {
        return host == null ? null : Endpoint.builder().endpointUrl(EndpointUrl.fromComponents("https", host, -1, "")).build();
    }

    /** The endpoint of the 2.5x generated rules for an override ({@code EndpointUrl.fromString}), or null if malformed. */
    static Endpoint overrideEndpoint(String endpoint) {
        try {
            return Endpoint.builder().endpointUrl(EndpointUrl.fromString(endpoint)).build();
        } catch (IllegalArgumentException malformed) {
            return null; // the SDK's provider fails it in its own words
        }
    }

    /** The endpoint of the older generated rules ({@code URI.create}, deprecated since), or null if malformed. */
    @SuppressWarnings("deprecation") // exactly what the backup jar's rules build: the endpoints must be equal
    static Endpoint uriEndpoint(String url) {
        try {
            return Endpoint.builder().url(URI.create(url)).build();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /**
     * Exactly {@code Pattern.matches("^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$", region)}: one of the prefixes,
     * a dash, word characters ({@code [a-zA-Z0-9_]}, no dash), a dash, ASCII digits, nothing else.
     */
    static boolean isAwsPartitionRegion(String region) {
        int second = region.indexOf('-', PREFIX_LENGTH + 1);
        if (region.length() < PREFIX_LENGTH + 1 || region.charAt(PREFIX_LENGTH) != '-'
                || !isPrefix(region.substring(0, PREFIX_LENGTH)) || second <= PREFIX_LENGTH + 1
                || second == region.length() - 1) {
            return false;
        }
        for (int i = PREFIX_LENGTH + 1; i < second; i++) {
            if (!isWordCharacter(region.charAt(i))) {
                return false;
            }
        }
        for (int i = second + 1; i < region.length(); i++) {
            char c = region.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrefix(String prefix) {
        switch (prefix) {
            case "us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx":
                return true;
            default:
                return false;
        }
    }

    private static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** No partitions file named and none on the class path: the SDK uses the partition data built into each client. */
    static boolean builtInPartitions() {
        Boolean builtIn = builtInPartitions;
        if (builtIn == null) {
            builtIn = SdkSystemSetting.AWS_PARTITIONS_FILE.getStringValue().isEmpty()
                    && ClassLoaderHelper.classLoader(LeanEndpointProvider.class).getResource(PARTITIONS_RESOURCE) == null;
            builtInPartitions = builtIn;
        }
        return builtIn;
    }
}
