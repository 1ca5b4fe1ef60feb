package com.backupsentinel.shared.aws;

import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.priming.Priming;
import com.backupsentinel.shared.priming.PrimingCredentials;
import com.backupsentinel.shared.priming.PrimingHttpClient;
import com.backupsentinel.shared.priming.PrimingInterceptor;
import com.backupsentinel.shared.xml.LeanXmlInputFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The one place SDK clients are built: explicit region and credentials provider, one shared HTTP client
 * (url-connection, its TLS set up on first use: {@link TlsOnFirstUseHttpClient}), standard retries, no
 * {@code Expect: 100-continue} (see {@link NoExpectContinue}), SnapStart priming without network calls or cached
 * credentials ({@link Priming}), XML responses read by {@link LeanXmlInputFactory}, and the endpoint from
 * {@code AWS_ENDPOINT_URL_<SERVICE>} or {@code AWS_ENDPOINT_URL} so the suite runs unchanged against LocalStack,
 * moto or the embedded stand-ins. Every call is bounded ({@link AwsTimeouts}: connect, attempt and
 * call timeouts) and, inside an invocation, ends before the invocation's deadline ({@link InvocationBudget},
 * shared by every client of the factory; {@link CallDeadline}).
 *
 * <p>Values are read from {@link Environment} (not the SDK's own environment lookup) so local invoke's
 * overlay reaches them too.
 */
public final class AwsClientFactory {

    public static final String REGION = "AWS_REGION";
    public static final String ENDPOINT_URL = "AWS_ENDPOINT_URL";

    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient httpClient;
    private final Environment environment;
    private final AwsTimeouts timeouts;
    private final InvocationBudget budget;

    private AwsClientFactory(Region region, AwsCredentialsProvider credentials, SdkHttpClient httpClient,
                             Environment environment, AwsTimeouts timeouts, InvocationBudget budget) {
        this.region = region;
        this.credentials = credentials;
        this.httpClient = httpClient;
        this.environment = environment;
        this.timeouts = timeouts;
        this.budget = budget;
    }

    /**
     * Reads region, credentials, endpoints and timeouts from {@code environment}; fails fast on a missing region
     * or a bad timeout. The factory's clients share a new {@link InvocationBudget}.
     */
    public static AwsClientFactory fromEnvironment(Environment environment) {
        AwsTimeouts timeouts = AwsTimeouts.from(environment);
        return fromEnvironment(environment, InvocationBudget.keeping(timeouts.margin()));
    }

    /** Like {@link #fromEnvironment(Environment)}, with clients that share {@code budget} (several regions, one run). */
    public static AwsClientFactory fromEnvironment(Environment environment, InvocationBudget budget) {
        ConfigReader reader = new ConfigReader(environment);
        LeanXmlInputFactory.install();
        Region region = Region.of(reader.required(REGION, "us-east-1"));
        AwsTimeouts timeouts = AwsTimeouts.from(environment);
        TlsOnFirstUseHttpClient realClient = new TlsOnFirstUseHttpClient(timeouts.connect(), timeouts.attempt());
        Priming.onPriming(realClient::prepareTls);
        SdkHttpClient httpClient = new PrimingHttpClient(realClient);
        PrimingCredentials credentials = new PrimingCredentials(() -> credentialsFrom(environment));
        Priming.onRestore(credentials::refresh);
        return new AwsClientFactory(region, credentials, httpClient, environment, timeouts, budget);
    }

    public Region region() {
        return region;
    }

    /** The budget every client of this factory reads; a handler opens it for each invocation. */
    public InvocationBudget budget() {
        return budget;
    }

    public AwsTimeouts timeouts() {
        return timeouts;
    }

    /**
     * Applies region, credentials, HTTP client, retries, timeouts and endpoint to {@code builder} and builds the
     * client.
     *
     * @param serviceId the SDK's service id as the endpoint variables spell it: {@code BACKUP}, {@code S3},
     *                  {@code SNS}, {@code DYNAMODB}
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String serviceId) {
        builder.region(region)
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                // added to what the caller configured (its own interceptors), not in place of it
                .overrideConfiguration(builder.overrideConfiguration().toBuilder()
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(timeouts.attempt())
                        .apiCallTimeout(timeouts.call())
                        .addExecutionInterceptor(new NoExpectContinue())
                        .addExecutionInterceptor(new CallDeadline(budget, timeouts))
                        .addExecutionInterceptor(new PrimingInterceptor())
                        .build());
        endpointFor(serviceId).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The endpoint override for a service, if {@code AWS_ENDPOINT_URL_<SERVICE>} or AWS_ENDPOINT_URL is set. */
    public Optional<URI> endpointFor(String serviceId) {
        String specific = ENDPOINT_URL + "_" + serviceId.toUpperCase(Locale.ROOT);
        Optional<String> value = environment.get(specific);
        String name = specific;
        if (value.isEmpty()) {
            value = environment.get(ENDPOINT_URL);
            name = ENDPOINT_URL;
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseEndpoint(name, value.get().trim()));
    }

    private static URI parseEndpoint(String name, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "needs a scheme and a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException("Environment variable " + name
                    + " must be an absolute URL such as http://127.0.0.1:4566, got '" + value + "'");
        }
    }

    private static AwsCredentialsProvider credentialsFrom(Environment environment) {
        Optional<String> accessKey = environment.get("AWS_ACCESS_KEY_ID");
        Optional<String> secretKey = environment.get("AWS_SECRET_ACCESS_KEY");
        if (accessKey.isPresent() && secretKey.isPresent()) {
            Optional<String> token = environment.get("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(token
                    .<AwsCredentials>map(
                            t -> AwsSessionCredentials.create(accessKey.get(), secretKey.get(), t))
                    .orElseGet(() -> AwsBasicCredentials.create(accessKey.get(), secretKey.get())));
        }
        // Outside Lambda without keys in the environment: profiles, SSO, container and instance roles.
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public String toString() {
        return "AwsClientFactory[region=" + region + "]";
    }
}
