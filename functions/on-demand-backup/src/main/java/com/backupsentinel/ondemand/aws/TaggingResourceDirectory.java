package com.backupsentinel.ondemand.aws;

import com.backupsentinel.ondemand.service.ResourceDirectory;
import com.backupsentinel.ondemand.service.TaggedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.Tag;

/** {@link ResourceDirectory} over the Resource Groups Tagging API (GetResources, every page). */
public final class TaggingResourceDirectory implements ResourceDirectory {

    private final ResourceGroupsTaggingApiClient tagging;

    public TaggingResourceDirectory(ResourceGroupsTaggingApiClient tagging) {
        this.tagging = Objects.requireNonNull(tagging, "tagging");
    }

    @Override
    public List<TaggedResource> taggedResources() {
        return AwsErrors.call("Resource Groups Tagging API", "GetResources", () -> {
            List<TaggedResource> resources = new ArrayList<>();
            tagging.getResourcesPaginator(b -> b.resourcesPerPage(100)).forEach(page -> {
                for (ResourceTagMapping mapping : page.resourceTagMappingList()) {
                    Map<String, String> tags = new LinkedHashMap<>();
                    for (Tag tag : mapping.tags()) {
                        tags.put(tag.key(), tag.value());
                    }
                    resources.add(new TaggedResource(mapping.resourceARN(), tags));
                }
            });
            return resources;
        });
    }
}
