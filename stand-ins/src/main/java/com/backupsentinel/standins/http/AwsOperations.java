package com.backupsentinel.standins.http;

import com.backupsentinel.standins.backup.Routes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names the AWS operation of a request the way the API reference does, from what is on the wire: the
 * {@code X-Amz-Target} header (JSON protocols: DynamoDB, the Tagging API, SQS), the {@code Action} parameter (query
 * protocol: SNS, STS), or the REST route (S3, AWS Backup). The service is the signing name in the SigV4 credential
 * scope, or the proxy's own service when the request is unsigned.
 */
final class AwsOperations {

    private AwsOperations() {
    }

    static AwsOperation of(ProxiedRequest request, Optional<String> defaultService) {
        String service = signingName(request).or(() -> defaultService).orElse("unknown");
        Optional<String> target = request.header("X-Amz-Target");
        if (target.isPresent()) {
            String value = target.get();
            return new AwsOperation(service, value.substring(value.lastIndexOf('.') + 1));
        }
        Optional<String> action = action(request);
        if (action.isPresent()) {
            return new AwsOperation(service, action.get());
        }
        List<String> segments = segments(request.rawPath());
        Optional<String> rest = switch (service) {
            case "s3" -> Optional.of(S3Operations.of(request.method(), segments,
                    HttpCall.parseForm(request.rawQuery()), request.header("x-amz-copy-source").isPresent()));
            case "backup" -> Routes.find(request.method(), segments).map(Map.Entry::getKey);
            default -> Optional.empty();
        };
        return new AwsOperation(service, rest.orElse(request.method() + " " + request.rawPath()));
    }

    /** The service of a SigV4 {@code Authorization} header: {@code Credential=AKID/DATE/REGION/SERVICE/aws4_request}. */
    static Optional<String> signingName(ProxiedRequest request) {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            return Optional.empty();
        }
        String value = authorization.get();
        int start = value.indexOf("Credential=");
        if (start < 0) {
            return Optional.empty();
        }
        int end = value.indexOf(',', start);
        String[] scope = value.substring(start + "Credential=".length(), end < 0 ? value.length() : end).trim()
                .split("/");
        return scope.length >= 5 ? Optional.of(scope[3].toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<String> action(ProxiedRequest request) {
        String query = HttpCall.parseForm(request.rawQuery()).get("Action");
        if (query != null) {
            return Optional.of(query);
        }
        boolean form = request.header("Content-Type")
                .map(v -> v.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")).orElse(false);
        if (!form) {
            return Optional.empty();
        }
        return Optional.ofNullable(HttpCall.parseForm(new String(request.body(), StandardCharsets.UTF_8))
                .get("Action"));
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }
}
