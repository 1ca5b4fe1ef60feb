package com.backupsentinel.standins.backup;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One AWS Backup operation's HTTP binding from the service model: method and URI template such as
 * {@code /backup-vaults/{backupVaultName}/recovery-points/}.
 *
 * @param method    GET, PUT or POST
 * @param segments  the template's path segments; {@code {name}} segments are labels
 * @param operation the operation name, e.g. {@code ListBackupJobs}
 */
record Route(String method, List<String> segments, String operation) {

    static Route of(String method, String template, String operation) {
        List<String> segments = Arrays.stream(template.split("/")).filter(s -> !s.isEmpty()).toList();
        return new Route(method, segments, operation);
    }

    /** The label values when {@code requestSegments} (already URL-decoded) fit this route. */
    Optional<Map<String, String>> match(String requestMethod, List<String> requestSegments) {
        if (!method.equals(requestMethod) || segments.size() != requestSegments.size()) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String template = segments.get(i);
            if (template.startsWith("{") && template.endsWith("}")) {
                labels.put(template.substring(1, template.length() - 1), requestSegments.get(i));
            } else if (!template.equals(requestSegments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(labels);
    }
}
