package com.backupsentinel.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The real SNS client builder, rewritten, works out its build-time endpoint (signing region, client endpoint) with the
 * endpoint provider the client is given, and the SDK's rules engine is never loaded; as the SDK ships it, it creates
 * and runs a default provider whatever the client was given. The SNS classes are loaded afresh for each case.
 */
class ConfiguredEndpointProvidersTest {

    private static final String SNS = "software.amazon.awssdk.services.sns.";
    private static final String BUILDER = "software/amazon/awssdk/services/sns/DefaultSnsBaseClientBuilder";
    private static final String RULES_EVALUATOR = SNS + "endpoints.internal.DefaultSnsEndpointProvider$Evaluator";

    @Test
    void rewrittenBuilderResolvesWithTheClientsProviderWithoutTheRulesEngine() throws Exception {
        SnsClasses sns = new SnsClasses(true);
        List<Object> resolved = sns.buildClientWithRecordingProvider();

        assertThat(resolved).isNotEmpty().containsOnly(Region.US_WEST_2);
        assertThat(sns.defined()).doesNotContain(RULES_EVALUATOR);
    }

    @Test
    void builderAsShippedRunsANewDefaultProviderWhateverTheClientWasGiven() throws Exception {
        SnsClasses sns = new SnsClasses(false);
        List<Object> resolved = sns.buildClientWithRecordingProvider();

        assertThat(resolved).isEmpty();
        assertThat(sns.defined()).contains(RULES_EVALUATOR);
    }

    @Test
    void leavesClassesWithoutTheBuildTimeLambdasAsTheyAre() throws IOException {
        byte[] clientBuilder = bytes("software/amazon/awssdk/services/sns/DefaultSnsClientBuilder");
        byte[] builder = bytes(BUILDER);

        assertThat(ConfiguredEndpointProviders.rewrite(clientBuilder)).isSameAs(clientBuilder);
        assertThat(ConfiguredEndpointProviders.rewrite(builder)).isNotSameAs(builder);
        assertThat(ConfiguredEndpointProviders.isClientBuilder(BUILDER)).isTrue();
        assertThat(ConfiguredEndpointProviders.isClientBuilder("software/amazon/awssdk/services/sns/SnsClient")).isFalse();
    }

    private static byte[] bytes(String className) throws IOException {
        try (InputStream in = ConfiguredEndpointProvidersTest.class.getClassLoader()
                .getResourceAsStream(className + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The SNS jar's classes defined by a loader of their own (the builder rewritten or not), the rest shared. */
    private static final class SnsClasses extends ClassLoader {

        private final boolean rewrite;
        private final Set<String> defined = ConcurrentHashMap.newKeySet();

        SnsClasses(boolean rewrite) {
            super(ConfiguredEndpointProvidersTest.class.getClassLoader());
            this.rewrite = rewrite;
        }

        Set<String> defined() {
            return defined;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(SNS)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    String internal = name.replace('.', '/');
                    byte[] bytes;
                    try {
                        bytes = bytes(internal);
                    } catch (IOException | NullPointerException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                    if (rewrite && BUILDER.equals(internal)) {
                        bytes = ConfiguredEndpointProviders.rewrite(bytes);
                    }
                    loaded = defineClass(name, bytes, 0, bytes.length);
                    defined.add(name);
                }
                return loaded;
            }
        }

        /** Builds and closes an SNS client in us-west-2 with a provider that records the regions it is asked for. */
        List<Object> buildClientWithRecordingProvider() throws Exception {
            Class<?> providerType = loadClass(SNS + "endpoints.SnsEndpointProvider");
            List<Object> resolved = new ArrayList<>();
            Object provider = Proxy.newProxyInstance(this, new Class<?>[] {providerType}, (proxy, method, args) -> {
                if ("resolveEndpoint".equals(method.getName())) {
                    resolved.add(args[0].getClass().getMethod("region").invoke(args[0]));
                    return CompletableFuture.completedFuture(
                            Endpoint.builder().endpointUrl(EndpointUrl.fromString("https://sns.us-west-2.amazonaws.com")).build());
                }
                return objectMethod(proxy, method, args);
            });
            Object builder = loadClass(SNS + "SnsClient").getMethod("builder").invoke(null);
            loadClass(SNS + "SnsBaseClientBuilder").getMethod("endpointProvider", providerType).invoke(builder, provider);
            ((AwsClientBuilder<?, ?>) builder).region(Region.US_WEST_2)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("akid", "secret")));
            ((AwsSyncClientBuilder<?, ?>) builder).httpClient(UrlConnectionHttpClient.create());
            try (SdkClient client = (SdkClient) ((SdkBuilder<?, ?>) builder).build()) {
                assertThat(client.serviceName()).isEqualTo("sns");
            }
            return resolved;
        }

        private static Object objectMethod(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "recording SnsEndpointProvider";
                default -> throw new UnsupportedOperationException(method.toString());
            };
        }
    }
}
