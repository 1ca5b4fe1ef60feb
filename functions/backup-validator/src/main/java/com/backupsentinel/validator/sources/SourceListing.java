package com.backupsentinel.validator.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The listed objects of a source grouped into backups, oldest first, and how many keys did not follow the layout. */
public record SourceListing(List<SourceBackup> backups, int unmatchedKeys) {

    public SourceListing {
        backups = List.copyOf(backups);
    }

    public static SourceListing of(KeyPattern pattern, List<SourceObject> objects) {
        Map<Instant, List<SourceObject>> byTime = new TreeMap<>();
        List<SourceBackup> backups = new ArrayList<>();
        int unmatched = 0;
        for (SourceObject object : objects) {
            Optional<Optional<Instant>> match = pattern.match(object.key());
            if (match.isEmpty()) {
                unmatched++;
            } else if (match.get().isPresent()) {
                byTime.computeIfAbsent(match.get().get(), t -> new ArrayList<>()).add(object);
            } else {
                backups.add(new SourceBackup(object.lastModified(), List.of(object)));
            }
        }
        byTime.forEach((time, members) -> backups.add(new SourceBackup(time, members)));
        backups.sort(Comparator.comparing(SourceBackup::time).thenComparing(SourceBackup::key));
        return new SourceListing(backups, unmatched);
    }
}
