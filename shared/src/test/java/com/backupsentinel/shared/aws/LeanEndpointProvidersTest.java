package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.endpoints.EndpointUrl;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.endpoints.BackupEndpointParams;
import software.amazon.awssdk.services.backup.endpoints.BackupEndpointProvider;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;
import software.amazon.awssdk.services.sns.endpoints.SnsEndpointParams;
import software.amazon.awssdk.services.sns.endpoints.SnsEndpointProvider;

/**
 * The lean providers answer exactly as the SDK's own providers do (the same URL, headers and attributes, or the same
 * error) for every region the SDK knows, odd regions, every FIPS and dual-stack flag and overrides, and answer the
 * standard cases without creating the SDK's provider.
 */
class LeanEndpointProvidersTest {

    private static final List<String> ODD_REGIONS = List.of("local", "aws-global", "us-east-99", "xx-foo-1",
            "eusc-de-east-1", "us-isob-east-1", "us-iso-east-1", "eu-isoe-west-1", "us-isof-south-1", "us-gov-west-1",
            "us-gov-east-1", "cn-north-1", "cn-northwest-1", "aws-cn-global", "US-EAST-1", "Us-east-1", "us-east-1-fips",
            "fips-us-east-1", "us-east-1a", "us_east_1", "us-east_1", "us--1", "us-east-", "us-e-1", "mx-central-1",
            "il-central-1", "me-west-1", "sa-west-1", "ap-southeast-7", "eu-north-1", "us-east-1.example.com", "a",
            "us-ea st-1", "us-east-1/x");
    private static final List<Boolean> FLAGS = Arrays.asList(null, false, true);
    private static final List<String> ENDPOINTS = Arrays.asList(null, "http://127.0.0.1:4566",
            "https://example.com/base/", "http://localhost:8000", "https://dynamodb.us-east-1.api.aws",
            "https://search-dynamodb.eu-west-1.api.aws", "https://backup.us-east-1.amazonaws.com", "not a url",
            "http://[::1", "https://example.com/a?b=c#d");
    private static final List<String> ACCOUNT_IDS = Arrays.asList(null, "123456789012", "not an id!");
    private static final List<String> ACCOUNT_MODES = Arrays.asList(null, "preferred", "disabled", "required");
    private static final List<String> RESOURCE_ARNS = Arrays.asList(null, "AlertDedupTable",
            "arn:aws:dynamodb:us-east-1:222233334444:table/T", "arn:aws:s3:::bucket");
    private static final List<List<String>> RESOURCE_ARN_LISTS = Arrays.asList(null, List.of(),
            List.of("AlertDedupTable"), List.of("arn:aws:dynamodb:eu-west-1:222233334444:table/T", "other"));

    @Test
    void snsAnswersAsTheSdkForEveryRegionFlagAndOverride() {
        LeanSnsEndpointProvider lean = new LeanSnsEndpointProvider();
        SnsEndpointProvider sdk = SnsEndpointProvider.defaultProvider();
        List<String> differences = new ArrayList<>();
        for (Region region : regions()) {
            for (Boolean fips : FLAGS) {
                for (Boolean dualStack : FLAGS) {
                    for (String endpoint : ENDPOINTS) {
                        SnsEndpointParams params = SnsEndpointParams.builder().region(region).useFips(fips)
                                .useDualStack(dualStack).endpoint(endpoint).build();
                        compare(params, () -> lean.resolveEndpoint(params), () -> sdk.resolveEndpoint(params),
                                differences);
                    }
                }
            }
        }
        assertNoDifferences(differences);
    }

    @Test
    void backupAnswersAsTheSdkForEveryRegionFlagAndOverride() {
        LeanBackupEndpointProvider lean = new LeanBackupEndpointProvider();
        BackupEndpointProvider sdk = BackupEndpointProvider.defaultProvider();
        List<String> differences = new ArrayList<>();
        for (Region region : regions()) {
            for (Boolean fips : FLAGS) {
                for (Boolean dualStack : FLAGS) {
                    for (String endpoint : ENDPOINTS) {
                        BackupEndpointParams params = BackupEndpointParams.builder().region(region).useFips(fips)
                                .useDualStack(dualStack).endpoint(endpoint).build();
                        compare(params, () -> lean.resolveEndpoint(params), () -> sdk.resolveEndpoint(params),
                                differences);
                    }
                }
            }
        }
        assertNoDifferences(differences);
    }

    @Test
    void dynamoDbAnswersAsTheSdkForEveryRegionFlagAndOverride() {
        LeanDynamoDbEndpointProvider lean = new LeanDynamoDbEndpointProvider();
        DynamoDbEndpointProvider sdk = DynamoDbEndpointProvider.defaultProvider();
        List<String> differences = new ArrayList<>();
        for (Region region : regions()) {
            for (Boolean fips : FLAGS) {
                for (Boolean dualStack : FLAGS) {
                    for (String endpoint : ENDPOINTS) {
                        for (Boolean search : FLAGS) {
                            DynamoDbEndpointParams params = DynamoDbEndpointParams.builder().region(region)
                                    .useFips(fips).useDualStack(dualStack).endpoint(endpoint).isSearchOperation(search)
                                    .build();
                            compare(params, () -> lean.resolveEndpoint(params), () -> sdk.resolveEndpoint(params),
                                    differences);
                        }
                    }
                }
            }
        }
        assertNoDifferences(differences);
    }

    @Test
    void dynamoDbAnswersAsTheSdkForEveryAccountIdModeAndResourceArn() {
        LeanDynamoDbEndpointProvider lean = new LeanDynamoDbEndpointProvider();
        DynamoDbEndpointProvider sdk = DynamoDbEndpointProvider.defaultProvider();
        List<String> differences = new ArrayList<>();
        List<Region> regions = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.US_GOV_WEST_1, Region.CN_NORTH_1,
                Region.of("local"), Region.of("xx-foo-1"));
        for (Region region : regions) {
            for (String accountId : ACCOUNT_IDS) {
                for (String mode : ACCOUNT_MODES) {
                    for (String resourceArn : RESOURCE_ARNS) {
                        for (List<String> resourceArns : RESOURCE_ARN_LISTS) {
                            for (Boolean flag : FLAGS) {
                                for (String endpoint : Arrays.asList(null, "http://127.0.0.1:4566")) {
                                    DynamoDbEndpointParams params = DynamoDbEndpointParams.builder().region(region)
                                            .useFips(flag != null && flag).useDualStack(false).endpoint(endpoint)
                                            .accountId(accountId).accountIdEndpointMode(mode).resourceArn(resourceArn)
                                            .resourceArnList(resourceArns).isSearchOperation(flag).build();
                                    compare(params, () -> lean.resolveEndpoint(params),
                                            () -> sdk.resolveEndpoint(params), differences);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertNoDifferences(differences);
    }

    @Test
    void answersTheStandardCasesWithoutCreatingTheSdksProvider() {
        LeanSnsEndpointProvider sns = new LeanSnsEndpointProvider();
        LeanDynamoDbEndpointProvider dynamoDb = new LeanDynamoDbEndpointProvider();
        LeanBackupEndpointProvider backup = new LeanBackupEndpointProvider();

        assertThat(sns.resolveEndpoint(p -> p.region(Region.EU_WEST_1).useFips(false).useDualStack(false)).join().endpointUrl().toUri())
                .hasToString("https://sns.eu-west-1.amazonaws.com");
        assertThat(backup.resolveEndpoint(p -> p.region(Region.of("mx-central-1")).useFips(false).useDualStack(false))
                .join().endpointUrl().toUri()).hasToString("https://backup.mx-central-1.amazonaws.com");
        // what the client passes for a GetItem on a table by name, with credentials that carry no account id
        assertThat(dynamoDb.resolveEndpoint(p -> p.region(Region.US_EAST_1).useFips(false).useDualStack(false)
                .accountIdEndpointMode("preferred").resourceArn("AlertDedupTable")).join().endpointUrl().toUri())
                .hasToString("https://dynamodb.us-east-1.amazonaws.com");
        assertThat(dynamoDb.resolveEndpoint(p -> p.region(Region.US_EAST_1).useFips(false).useDualStack(false)
                .endpoint("http://127.0.0.1:4566/")).join().endpointUrl().toUri()).hasToString("http://127.0.0.1:4566/");

        assertThat(List.of(sns.sdkProviderCreated(), dynamoDb.sdkProviderCreated(), backup.sdkProviderCreated()))
                .containsOnly(false);
    }

    @Test
    void handsFipsDualStackAndOtherPartitionsToTheSdksProvider() {
        LeanSnsEndpointProvider fips = new LeanSnsEndpointProvider();
        LeanBackupEndpointProvider dualStack = new LeanBackupEndpointProvider();
        LeanDynamoDbEndpointProvider china = new LeanDynamoDbEndpointProvider();

        assertThat(fips.resolveEndpoint(p -> p.region(Region.US_EAST_1).useFips(true).useDualStack(false)).join().endpointUrl().toUri())
                .hasToString("https://sns-fips.us-east-1.amazonaws.com");
        assertThat(dualStack.resolveEndpoint(p -> p.region(Region.US_EAST_1).useFips(false).useDualStack(true)).join()
                .endpointUrl().toUri()).hasToString("https://backup.us-east-1.api.aws");
        assertThat(china.resolveEndpoint(p -> p.region(Region.CN_NORTH_1).useFips(false).useDualStack(false)).join()
                .endpointUrl().toUri()).hasToString("https://dynamodb.cn-north-1.amazonaws.com.cn");

        assertThat(List.of(fips.sdkProviderCreated(), dualStack.sdkProviderCreated(), china.sdkProviderCreated()))
                .containsOnly(true);
    }

    private static void assertNoDifferences(List<String> differences) {
        assertThat(differences.stream().limit(20).toList()).as("%d differences, the first 20", differences.size())
                .isEmpty();
    }

    private static List<Region> regions() {
        List<Region> regions = new ArrayList<>(Region.regions());
        ODD_REGIONS.forEach(id -> regions.add(Region.of(id)));
        regions.add(null);
        return regions;
    }

    private static void compare(Object params, Supplier<CompletableFuture<Endpoint>> lean,
                                Supplier<CompletableFuture<Endpoint>> sdk, List<String> differences) {
        Outcome expected = Outcome.of(sdk);
        Outcome actual = Outcome.of(lean);
        if (!actual.equals(expected)) {
            differences.add(params + ": lean " + actual + ", SDK " + expected);
        }
    }

    /** An endpoint (compared whole, its URL's parts too) or an error's type and message. */
    private record Outcome(Endpoint endpoint, EndpointUrl endpointUrl, String error) {

        static Outcome of(Supplier<CompletableFuture<Endpoint>> resolution) {
            try {
                Endpoint endpoint = resolution.get().join();
                return new Outcome(endpoint, endpoint.endpointUrl(), null);
            } catch (CompletionException e) {
                return failed(e.getCause());
            } catch (RuntimeException e) {
                return failed(e);
            }
        }

        private static Outcome failed(Throwable error) {
            return new Outcome(null, null, error.getClass().getName() + ": " + error.getMessage());
        }
    }
}
