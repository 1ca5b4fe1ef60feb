package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.ResourceCatalog;
import com.backupsentinel.validator.inventory.TaggedResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;

/** The Resource Groups Tagging API's GetResources, paginated at its maximum of 100 resources a page. */
public final class SdkResourceCatalog implements ResourceCatalog {

    static final int PAGE_SIZE = 100;

    private final ResourceGroupsTaggingApiClient tagging;

    public SdkResourceCatalog(ResourceGroupsTaggingApiClient tagging) {
        this.tagging = Objects.requireNonNull(tagging, "tagging");
    }

    @Override
    public Stream<TaggedResource> resources(List<String> resourceTypeFilters) {
        return GuardedStream.of("GetResources", () -> tagging.getResourcesPaginator(r -> r.resourcesPerPage(PAGE_SIZE)
                .resourceTypeFilters(resourceTypeFilters)).resourceTagMappingList().stream()
                .map(SdkResourceCatalog::resource));
    }

    private static TaggedResource resource(ResourceTagMapping mapping) {
        Map<String, String> tags = new LinkedHashMap<>();
        mapping.tags().forEach(tag -> tags.put(tag.key(), tag.value() == null ? "" : tag.value()));
        return new TaggedResource(mapping.resourceARN(), tags);
    }
}
