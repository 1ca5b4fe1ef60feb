package com.backupsentinel.validator.aws;

import static com.backupsentinel.validator.aws.StandInClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.standins.TaggingStandIn;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryBuilder;
import com.backupsentinel.validator.inventory.TaggedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/** The Tagging API adapter through the real SDK over HTTP against the tagging stand-in. */
class SdkResourceCatalogTest {

    private static TaggingStandIn standIn;
    private static SdkResourceCatalog catalog;

    @BeforeAll
    static void start() {
        InventoryBuilder builder = Inventory.builder("123456789012", "us-west-2");
        for (int i = 0; i < 250; i++) {
            builder.taggedResource("us-west-2", json("{\"ResourceARN\":\"arn:aws:ec2:us-west-2:123456789012:volume/vol-"
                    + i + "\",\"Tags\":[{\"Key\":\"Environment\",\"Value\":\"staging\"},{\"Key\":\"Name\",\"Value\":\"v" + i
                    + "\"}]}"));
        }
        builder.taggedResource("us-west-2", json("{\"ResourceARN\":\"arn:aws:rds:us-west-2:123456789012:db:oms\","
                + "\"Tags\":[{\"Key\":\"Environment\",\"Value\":\"production\"}]}"));
        builder.taggedResource("us-west-2", json("{\"ResourceARN\":\"arn:aws:backup:us-west-2:123456789012:backup-vault:"
                + "v\",\"Tags\":[]}"));
        standIn = TaggingStandIn.start(builder.build());
        catalog = new SdkResourceCatalog(StandInClients.factory("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API",
                standIn.endpoint()).build(ResourceGroupsTaggingApiClient.builder(),
                SdkRegionalInventory.TAGGING_SERVICE_ID));
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void pagesThroughEveryResourceOfTheTypesAsked() {
        List<TaggedResource> resources = catalog.resources(List.of("ec2:volume", "rds:db")).toList();

        assertThat(resources).hasSize(251);
        assertThat(resources.get(0)).isEqualTo(new TaggedResource("arn:aws:ec2:us-west-2:123456789012:volume/vol-0",
                Map.of("Environment", "staging", "Name", "v0")));
        assertThat(resources).extracting(TaggedResource::arn)
                .doesNotContain("arn:aws:backup:us-west-2:123456789012:backup-vault:v");
    }

    @Test
    void filtersByResourceType() {
        assertThat(catalog.resources(List.of("rds")).map(TaggedResource::arn).toList())
                .containsExactly("arn:aws:rds:us-west-2:123456789012:db:oms");
    }
}
