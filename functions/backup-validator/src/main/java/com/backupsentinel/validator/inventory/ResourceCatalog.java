package com.backupsentinel.validator.inventory;

import java.util.List;
import java.util.stream.Stream;

/** Resources of a region with their tags (the Resource Groups Tagging API), streamed page by page. */
public interface ResourceCatalog {

    /**
     * Resources of the given types, in the Tagging API's {@code service[:resourceType]} form
     * (e.g. {@code rds:db}, {@code ec2:volume}).
     */
    Stream<TaggedResource> resources(List<String> resourceTypeFilters);
}
