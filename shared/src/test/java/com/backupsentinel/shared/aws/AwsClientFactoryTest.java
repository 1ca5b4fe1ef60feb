package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.Environment;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

class AwsClientFactoryTest {

    @Test
    void regionIsRequired() {
        assertThatThrownBy(() -> AwsClientFactory.fromEnvironment(Environment.of(Map.of())))
                .hasMessage("Environment variable AWS_REGION is required but not set (example: us-east-1)");
    }

    @Test
    void serviceSpecificEndpointWinsOverTheGeneralOne() {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "eu-west-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                "AWS_ENDPOINT_URL_BACKUP", "http://127.0.0.1:9000")));
        assertThat(factory.region()).isEqualTo(Region.EU_WEST_1);
        assertThat(factory.endpointFor("BACKUP")).contains(URI.create("http://127.0.0.1:9000"));
        assertThat(factory.endpointFor("SNS")).contains(URI.create("http://127.0.0.1:4566"));
    }

    @Test
    void noEndpointVariablesMeansTheRealServiceEndpoints() {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(Environment.of(Map.of("AWS_REGION", "us-east-1")));
        assertThat(factory.endpointFor("S3")).isEmpty();
    }

    @Test
    void malformedEndpointIsRejectedWithTheVariableName() {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL_SNS", "localhost:4566")));
        assertThatThrownBy(() -> factory.endpointFor("sns"))
                .hasMessage("Environment variable AWS_ENDPOINT_URL_SNS must be an absolute URL such as "
                        + "http://127.0.0.1:4566, got 'localhost:4566'");
    }

    @Test
    void buildsAClientWithTheConfiguredRegionAndEndpoint() {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(Environment.of(Map.of(
                "AWS_REGION", "ap-southeast-2",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret",
                "AWS_ENDPOINT_URL_SNS", "http://127.0.0.1:1")));
        try (SnsClient sns = factory.build(SnsClient.builder(), "SNS")) {
            assertThat(sns.serviceClientConfiguration().region()).isEqualTo(Region.AP_SOUTHEAST_2);
            assertThat(sns.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:1"));
        }
    }
}
