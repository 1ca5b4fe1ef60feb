package com.backupsentinel.ondemand.service;

import com.backupsentinel.ondemand.service.RequestRejectedException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a restore request will restore, leave out, and could not consider. */
record RestorePlan(List<RecoveryPoint> restorable, List<SkippedResource> skipped, List<FailedJob> failures) {

    RestorePlan {
        restorable = List.copyOf(restorable);
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
    }

    /** Collects recovery points, then checks the allow-list and that something is left to restore. */
    static final class Builder {

        private final List<RecoveryPoint> restorable = new ArrayList<>();
        private final List<SkippedResource> skipped = new ArrayList<>();
        private final List<FailedJob> failures = new ArrayList<>();

        void restore(RecoveryPoint point) {
            restorable.add(point);
        }

        void skip(SkippedResource resource) {
            skipped.add(resource);
        }

        void fail(FailedJob failure) {
            failures.add(failure);
        }

        List<FailedJob> failures() {
            return failures;
        }

        /**
         * @param allowed the restore allow-list
         * @param field   the request field to name when refusing
         * @param source  the source, in words, for messages
         */
        RestorePlan build(List<String> allowed, String field, String source) {
            Set<String> refusedTypes = new LinkedHashSet<>();
            for (RecoveryPoint point : restorable) {
                if (allowed.stream().noneMatch(type -> type.equalsIgnoreCase(point.resourceType()))) {
                    refusedTypes.add(point.resourceType().isEmpty() ? "(unknown)" : point.resourceType());
                }
            }
            if (!refusedTypes.isEmpty()) {
                String types = String.join(", ", refusedTypes);
                String hint = field.equals("skip") ? "; add them to skip to restore the rest" : "";
                throw new RequestRejectedException(Reason.FORBIDDEN, field, "resource type " + types + " of " + source
                        + " is not on the restore allow-list (" + String.join(", ", allowed) + ")" + hint);
            }
            if (restorable.isEmpty() && failures.isEmpty()) {
                throw new RequestRejectedException(Reason.INVALID, "skip",
                        "nothing to restore: every recovery point of " + source + " is skipped or was never created");
            }
            if (restorable.isEmpty()) {
                throw new RequestRejectedException(Reason.CONFLICT, field, "nothing to restore yet: none of the "
                        + failures.size() + " recovery points of " + source + " can be restored ("
                        + failures.get(0).message() + ")");
            }
            return new RestorePlan(restorable, skipped, failures);
        }
    }
}
