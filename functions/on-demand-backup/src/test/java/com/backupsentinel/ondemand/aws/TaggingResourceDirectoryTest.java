package com.backupsentinel.ondemand.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.ondemand.service.TaggedResource;
import com.backupsentinel.standins.TaggingStandIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/** The tagging adapter through the real SDK against the Resource Groups Tagging API stand-in. */
class TaggingResourceDirectoryTest {

    @Test
    void listsEveryTaggedResourceWithItsTags() {
        try (TaggingStandIn standIn = TaggingStandIn.start(TestInventory.options())) {
            TaggingResourceDirectory directory = new TaggingResourceDirectory(TestInventory
                    .clients("RESOURCE_GROUPS_TAGGING_API", standIn.endpoint())
                    .build(ResourceGroupsTaggingApiClient.builder(), "RESOURCE_GROUPS_TAGGING_API"));

            List<TaggedResource> resources = directory.taggedResources();

            assertThat(resources).hasSize(5);
            assertThat(resources.get(1)).isEqualTo(new TaggedResource(
                    "arn:aws:ec2:us-west-2:123456789012:volume/vol-0aaa1111bbbb2222c",
                    Map.of("Environment", "production", "Name", "etcd-0")));
        }
    }
}
