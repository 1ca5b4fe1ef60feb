package com.backupsentinel.validator.inventory;

import java.util.List;
import java.util.Objects;

/**
 * A backup selection: the resources a plan assigns, as AWS Backup defines them. {@code listOfTags} are ORed;
 * the four condition lists are ANDed with each other and with the resources.
 */
public record SelectionRecord(String planId, String name, List<String> resources, List<String> notResources,
                              List<TagCondition> listOfTags, List<TagCondition> stringEquals,
                              List<TagCondition> stringNotEquals, List<TagCondition> stringLike,
                              List<TagCondition> stringNotLike) {

    public SelectionRecord {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(name, "name");
        resources = List.copyOf(resources);
        notResources = List.copyOf(notResources);
        listOfTags = List.copyOf(listOfTags);
        stringEquals = List.copyOf(stringEquals);
        stringNotEquals = List.copyOf(stringNotEquals);
        stringLike = List.copyOf(stringLike);
        stringNotLike = List.copyOf(stringNotLike);
    }
}
