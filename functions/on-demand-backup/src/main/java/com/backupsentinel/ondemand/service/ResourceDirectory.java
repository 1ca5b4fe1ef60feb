package com.backupsentinel.ondemand.service;

import java.util.List;

/** The account's tagged resources (Resource Groups Tagging API); throws {@link AwsCallException} when refused. */
@FunctionalInterface
public interface ResourceDirectory {

    List<TaggedResource> taggedResources();
}
