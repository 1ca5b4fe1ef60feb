package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.GetResourcesResponse;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.InvalidParameterException;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.TagFilter;

/** GetResources (JSON 1.1) through the real SDK against the demo account's tagging export. */
class TaggingStandInTest {

    private static final List<String> PROTECTABLE = List.of("rds:db", "ec2:volume", "elasticfilesystem:file-system",
            "dynamodb:table", "s3");

    private static TaggingStandIn tagging;
    private static ResourceGroupsTaggingApiClient client;

    @BeforeAll
    static void start() {
        tagging = TaggingStandIn.start(DemoClock.demoAtExportTime());
        client = Clients.of(ResourceGroupsTaggingApiClient.builder(), tagging.endpoint(), "us-west-2");
    }

    @AfterAll
    static void stop() {
        client.close();
        tagging.close();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        LoopbackOnly.assertLoopbackOnly(tagging.endpoint());
    }

    @Test
    void pagesThroughEveryProtectableResourceWithTheSdkPaginator() {
        List<String> arns = new ArrayList<>();
        int pages = 0;
        for (GetResourcesResponse page : client.getResourcesPaginator(request -> request.resourceTypeFilters(PROTECTABLE)
                .resourcesPerPage(10))) {
            pages++;
            page.resourceTagMappingList().forEach(mapping -> arns.add(mapping.resourceARN()));
        }
        assertThat(arns).hasSize(47).doesNotHaveDuplicates().noneMatch(arn -> arn.contains(":backup-vault:"));
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void filtersByResourceTypeAndTags() {
        assertThat(resources(List.of("rds:db"), List.of())).hasSize(10);
        assertThat(resources(List.of("s3"), List.of())).extracting(ResourceTagMapping::resourceARN)
                .allMatch(arn -> arn.startsWith("arn:aws:s3:::")).hasSize(4);
        assertThat(resources(List.of("ec2:volume"), List.of(TagFilter.builder().key("VolumeType").values("temporary").build())))
                .singleElement().satisfies(mapping -> assertThat(mapping.tags())
                        .anySatisfy(tag -> assertThat(tag.value()).isEqualTo("arrakis-staging-scratch-0")));
        assertThat(resources(PROTECTABLE, List.of(TagFilter.builder().key("Environment").values("staging", "development").build(),
                TagFilter.builder().key("Project").build()))).hasSize(17);
    }

    @Test
    void servesTheRegionOfTheSignature() {
        try (ResourceGroupsTaggingApiClient east = Clients.of(ResourceGroupsTaggingApiClient.builder(), tagging.endpoint(),
                "us-east-1")) {
            assertThat(east.getResources().resourceTagMappingList()).extracting(ResourceTagMapping::resourceARN)
                    .containsExactly("arn:aws:backup:us-east-1:123456789012:backup-vault:arrakis-backup-vault-replica-production");
        }
    }

    @Test
    void rejectsAPageSizeOverOneHundred() {
        assertThatThrownBy(() -> client.getResources(request -> request.resourcesPerPage(101)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("ResourcesPerPage must be between 1 and 100, got 101");
    }

    private List<ResourceTagMapping> resources(List<String> types, List<TagFilter> filters) {
        List<ResourceTagMapping> all = new ArrayList<>();
        client.getResourcesPaginator(request -> request.resourceTypeFilters(types).tagFilters(filters))
                .forEach(page -> all.addAll(page.resourceTagMappingList()));
        return all;
    }
}
