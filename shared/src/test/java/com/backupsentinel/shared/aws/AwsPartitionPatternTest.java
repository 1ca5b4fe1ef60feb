package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.backup.endpoints.internal.DefaultPartitionDataProvider;

/**
 * What the lean endpoint providers assume of the SDK's partition data holds in the data each service's rules read, and
 * their hand-written region check is the {@code aws} partition's pattern.
 */
class AwsPartitionPatternTest {

    private static final String AWS_PATTERN = "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$";

    @Test
    void eachServicesPartitionDataHasTheAwsPatternAndDnsSuffix() {
        for (List<PartitionView> partitions : List.of(sns(), dynamoDb(), backup())) {
            PartitionView aws = partitions.get(0);
            assertThat(aws.id()).isEqualTo("aws");
            assertThat(aws.regionRegex()).isEqualTo(AWS_PATTERN);
            assertThat(aws.dnsSuffix()).isEqualTo(LeanEndpointProvider.AWS_DNS_SUFFIX);
        }
    }

    @Test
    void noOtherPartitionClaimsARegionOfTheAwsPattern() {
        Pattern aws = Pattern.compile(AWS_PATTERN);
        for (List<PartitionView> partitions : List.of(sns(), dynamoDb(), backup())) {
            for (PartitionView other : partitions.subList(1, partitions.size())) {
                assertThat(other.regions()).as(other.id()).noneMatch(region -> aws.matcher(region).matches());
            }
        }
    }

    @Test
    void readsRegionsAsTheAwsPattern() {
        for (String region : List.of("us-east-1", "mx-central-1", "il-central-1", "ap-southeast-7", "eu-x_Y9-0",
                "us-east-99", "aws-global", "us-gov-west-1", "cn-north-1", "eusc-de-east-1", "us-isob-east-1", "US-east-1",
                "us-east-1-fips", "us-east-", "us--1", "us-1", "us-east-1\n", "us-east-١", "us-éast-1", "", "us", "us-")) {
            assertThat(LeanEndpointProvider.isAwsPartitionRegion(region)).as(region)
                    .isEqualTo(Pattern.matches(AWS_PATTERN, region));
        }
    }

    @Property(tries = 3000)
    void readsGeneratedRegionsAsTheAwsPattern(@ForAll("regions") String region) {
        assertThat(LeanEndpointProvider.isAwsPartitionRegion(region)).isEqualTo(Pattern.matches(AWS_PATTERN, region));
    }

    @Provide
    Arbitrary<String> regions() {
        Arbitrary<String> prefix = Arbitraries.of("us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx", "cn", "u", "usa",
                "US", "eusc", "");
        Arbitrary<String> rest = Arbitraries.strings().withChars("ab-_09Z\n é١").ofMaxLength(8);
        Arbitrary<String> regionLike = Arbitraries.strings().withChars("-abc_19").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(
                prefix.flatMap(p -> rest.map(r -> p + r)),
                prefix.flatMap(p -> regionLike.flatMap(m -> Arbitraries.strings().numeric().ofMaxLength(3)
                        .map(d -> p + "-" + m + "-" + d))));
    }

    private record PartitionView(String id, String regionRegex, String dnsSuffix, Set<String> regions) {
    }

    private static List<PartitionView> sns() {
        return new software.amazon.awssdk.services.sns.endpoints.internal.DefaultPartitionDataProvider().loadPartitions()
                .partitions().stream()
                .map(p -> new PartitionView(p.id(), p.regionRegex(), p.outputs().dnsSuffix(), p.regions().keySet()))
                .toList();
    }

    private static List<PartitionView> dynamoDb() {
        return new software.amazon.awssdk.services.dynamodb.endpoints.internal.DefaultPartitionDataProvider()
                .loadPartitions().partitions().stream()
                .map(p -> new PartitionView(p.id(), p.regionRegex(), p.outputs().dnsSuffix(), p.regions().keySet()))
                .toList();
    }

    private static List<PartitionView> backup() {
        return new DefaultPartitionDataProvider().loadPartitions().partitions().stream()
                .map(p -> new PartitionView(p.id(), p.regionRegex(), p.outputs().dnsSuffix(), p.regions().keySet()))
                .toList();
    }
}
