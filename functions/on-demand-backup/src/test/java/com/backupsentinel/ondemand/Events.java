package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample events of events/on-demand-backup/, loaded with the Lambda runtime's serializer. */
final class Events {

    private Events() {
    }

    /** The {@code sentinel.root} system property, else the nearest folder at or above the working one with template.yaml. */
    static Path folder() {
        String root = System.getProperty("sentinel.root");
        Path base = root == null || root.isBlank() ? nearestProjectRoot() : Path.of(root);
        return base.resolve("events").resolve("on-demand-backup").toAbsolutePath().normalize();
    }

    private static Path nearestProjectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No template.yaml at or above " + Path.of("").toAbsolutePath()
                + "; set the system property sentinel.root");
    }

    static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent(folder().resolve(name).toString());
    }
}
