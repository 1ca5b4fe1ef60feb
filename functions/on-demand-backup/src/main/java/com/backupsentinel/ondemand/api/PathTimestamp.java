package com.backupsentinel.ondemand.api;

import com.backupsentinel.ondemand.service.RequestTimestamps;

/** The {@code {timestamp}} path parameter, checked for shape before any lookup. */
final class PathTimestamp {

    private PathTimestamp() {
    }

    static String of(RouteMatch match) {
        String timestamp = match.timestamp().orElseThrow(() -> new IllegalStateException(
                match.route() + " has no timestamp"));
        if (!RequestTimestamps.isValid(timestamp)) {
            throw HttpProblem.badRequest("timestamp", "timestamp must look like " + RequestTimestamps.EXAMPLE
                    + " (UTC), got '" + RouteMatch.shorten(timestamp) + "'");
        }
        return timestamp;
    }
}
