package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every function, from its zip: the lean endpoint providers of the SNS, DynamoDB and AWS Backup clients it packages
 * answer the standard case themselves and hand FIPS, dual-stack and other partitions to the SDK's provider, whose
 * rules engine the zip must still hold although the function's common path never reaches it. Nothing is sent: the
 * endpoints are only resolved.
 */
class LeanEndpointsFromZipTest {

    private static final String LEAN = "com.backupsentinel.shared.aws.Lean";
    private static final String SERVICES = "software.amazon.awssdk.services.";

    @TestFactory
    Stream<DynamicTest> leanProvidersAndTheSdksRulesResolveFromEveryZip() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            ClassLoader zip = FunctionLoaders.of(ProjectFunctions.read(id, Map.of()), getClass().getClassLoader());
            List<String> services = new ArrayList<>();
            for (String[] service : new String[][] {{"sns", "Sns"}, {"dynamodb", "DynamoDb"}, {"backup", "Backup"}}) {
                String prefix = SERVICES + service[0] + ".endpoints." + service[1];
                if (zip.getResource(prefix.replace('.', '/') + "EndpointProvider.class") == null) {
                    continue; // the function has no client of this service
                }
                services.add(service[0]);
                Object lean = create(zip.loadClass(LEAN + service[1] + "EndpointProvider"));
                assertThat(resolve(zip, lean, prefix, "us-east-1", false, false))
                        .isEqualTo("https://" + service[0] + ".us-east-1.amazonaws.com");
                assertThat(created(lean)).as("%s %s: SDK provider created", id, service[0]).isFalse();
                assertThat(resolve(zip, lean, prefix, "us-west-2", true, false))
                        .isEqualTo("https://" + service[0] + "-fips.us-west-2.amazonaws.com");
                assertThat(resolve(zip, lean, prefix, "eu-west-1", false, true))
                        .isEqualTo("https://" + service[0] + ".eu-west-1.api.aws");
                assertThat(resolve(zip, lean, prefix, "cn-north-1", false, false))
                        .isEqualTo("https://" + service[0] + ".cn-north-1.amazonaws.com.cn");
                assertThat(created(lean)).isTrue();
            }
            assertThat(services).as("%s packages a client of one of them at least", id).isNotEmpty();
        }));
    }

    private static Object create(Class<?> leanProvider) throws ReflectiveOperationException {
        Constructor<?> constructor = leanProvider.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static boolean created(Object lean) throws ReflectiveOperationException {
        Method created = lean.getClass().getSuperclass().getDeclaredMethod("sdkProviderCreated");
        created.setAccessible(true);
        return (Boolean) created.invoke(lean);
    }

    /** The URL {@code lean} resolves for the parameters, all of them from the zip's own classes. */
    private static String resolve(ClassLoader zip, Object lean, String prefix, String region, boolean fips,
                                  boolean dualStack) throws ReflectiveOperationException {
        Class<?> regionType = zip.loadClass("software.amazon.awssdk.regions.Region");
        Class<?> paramsType = zip.loadClass(prefix + "EndpointParams");
        Object builder = paramsType.getMethod("builder").invoke(null);
        Class<?> builderType = zip.loadClass(prefix + "EndpointParams$Builder");
        builderType.getMethod("region", regionType).invoke(builder,
                regionType.getMethod("of", String.class).invoke(null, region));
        builderType.getMethod("useFips", Boolean.class).invoke(builder, fips);
        builderType.getMethod("useDualStack", Boolean.class).invoke(builder, dualStack);
        Object params = builderType.getMethod("build").invoke(builder);
        Method resolveEndpoint = zip.loadClass(prefix + "EndpointProvider").getMethod("resolveEndpoint", paramsType);
        Object endpoint = ((CompletableFuture<?>) resolveEndpoint.invoke(lean, params)).join();
        return endpoint.getClass().getMethod("url").invoke(endpoint).toString();
    }
}
