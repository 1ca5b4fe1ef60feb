package com.backupsentinel.ondemand.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A request's route and its path parameter; unknown paths answer 404 and wrong methods 405. */
record RouteMatch(Route route, Optional<String> timestamp) {

    static RouteMatch of(String method, String path) {
        String[] segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        Route route = routeFor(segments).orElseThrow(() -> new HttpProblem(404, "", "No route for " + shorten(path)
                + "; routes: " + Arrays.stream(Route.values()).map(Route::label).collect(Collectors.joining(", "))));
        if (!route.method().equals(method)) {
            throw new HttpProblem(405, "", "Method " + shorten(method) + " is not allowed on " + route.template()
                    + "; use " + route.method(), Map.of("Allow", route.method()));
        }
        return new RouteMatch(route, segments.length == 2 ? Optional.of(segments[1]) : Optional.empty());
    }

    private static Optional<Route> routeFor(String[] segments) {
        if (segments.length == 1) {
            switch (segments[0]) {
                case "backups":
                    return Optional.of(Route.START_BACKUP);
                case "restores":
                    return Optional.of(Route.START_RESTORE);
                case "audit":
                    return Optional.of(Route.AUDIT);
                default:
                    return Optional.empty();
            }
        }
        if (segments.length == 2 && segments[0].equals("backups")) {
            return Optional.of(segments[1].equals("latest") ? Route.LATEST_BACKUP : Route.BACKUP_STATUS);
        }
        if (segments.length == 2 && segments[0].equals("restores")) {
            return Optional.of(Route.RESTORE_STATUS);
        }
        return Optional.empty();
    }

    /** Echoes at most 100 characters of caller input. */
    static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
}
