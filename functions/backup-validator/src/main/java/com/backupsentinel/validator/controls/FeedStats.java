package com.backupsentinel.validator.controls;

/** How much of a feed was read in one region and how long it took. */
public record FeedStats(Feed feed, long items, long millis, boolean complete) {
}
