package com.backupsentinel.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder holding template.yaml: system property sentinel.root (set by scripts/local-invoke), else the nearest
 * folder at or above the working directory that has one. */
final class ProjectRoot {

    static final String PROPERTY = "sentinel.root";

    private ProjectRoot() {
    }

    static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        return start;
    }
}
