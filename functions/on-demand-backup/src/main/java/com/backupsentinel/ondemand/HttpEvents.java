package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.api.ApiRequest;
import com.backupsentinel.ondemand.api.ApiResponse;
import com.backupsentinel.ondemand.service.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates API Gateway HTTP API (payload 2.0) events into {@link ApiRequest} and responses back: from the
 * events library's types, or from the event read into a map ({@link com.backupsentinel.shared.json.JsonMaps}) and
 * a map of the response, which is what Lambda receives and sends.
 */
final class HttpEvents {

    private HttpEvents() {
    }

    static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = context == null ? null : context.getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod() : "";
        String path = Objects.requireNonNullElse(event.getRawPath(), http == null ? "/" : http.getPath());
        return new ApiRequest(method.toUpperCase(Locale.ROOT), withoutStage(path,
                context == null ? null : context.getStage()),
                Objects.requireNonNullElse(event.getQueryStringParameters(), Map.of()),
                Optional.ofNullable(event.getBody()), event.getIsBase64Encoded(), caller(context, http),
                context == null || context.getRequestId() == null ? "" : context.getRequestId());
    }

    /**
     * The request an event read into a map makes: the same as {@link #toRequest(APIGatewayV2HTTPEvent)} on the
     * event the runtime would deserialize from it (scalars read as text as Jackson coerces them).
     *
     * @throws IllegalArgumentException naming the field when one is not of its JSON type
     */
    static ApiRequest toRequest(Map<String, Object> event) {
        Map<String, Object> root = event == null ? Map.of() : event;
        Map<String, Object> context = object(root, "requestContext");
        Map<String, Object> http = context == null ? null : object(context, "http");
        String method = http == null ? null : text(http, "method");
        String rawPath = text(root, "rawPath");
        String path = rawPath != null ? rawPath : http == null ? "/" : text(http, "path");
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, Object> parameters = object(root, "queryStringParameters");
        if (parameters != null) {
            parameters.keySet().forEach(name -> query.put(name, text(parameters, name)));
        }
        String stage = context == null ? null : text(context, "stage");
        String requestId = context == null ? null : text(context, "requestId");
        return new ApiRequest(method == null ? "" : method.toUpperCase(Locale.ROOT), withoutStage(path, stage),
                query, Optional.ofNullable(text(root, "body")), flag(root, "isBase64Encoded"),
                caller(context, http), requestId == null ? "" : requestId);
    }

    /** The response as API Gateway reads it from the function's output (payload 2.0). */
    static Map<String, Object> toResponseMap(ApiResponse response) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statusCode", response.statusCode());
        out.put("headers", response.headers());
        out.put("body", response.body());
        out.put("isBase64Encoded", false);
        return out;
    }

    private static Optional<Caller> caller(Map<String, Object> context, Map<String, Object> http) {
        Map<String, Object> authorizer = context == null ? null : object(context, "authorizer");
        Map<String, Object> iam = authorizer == null ? null : object(authorizer, "iam");
        if (iam == null) {
            return Optional.empty();
        }
        String userArn = text(iam, "userArn");
        String accountId = text(iam, "accountId");
        if (userArn == null || userArn.isBlank() || accountId == null) {
            return Optional.empty();
        }
        return Optional.of(new Caller(userArn, accountId, text(iam, "callerId"), text(iam, "principalOrgId"),
                http == null ? null : text(http, "sourceIp"), http == null ? null : text(http, "userAgent")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> parent, String name) {
        Object value = parent.get(name);
        if (value == null || value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw new IllegalArgumentException("The event's " + name + " must be a JSON object");
    }

    private static String text(Map<String, Object> parent, String name) {
        Object value = parent.get(name);
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("The event's " + name + " must be a string, not "
                    + (value instanceof Map ? "an object" : "an array"));
        }
        return value == null ? null : value.toString();
    }

    private static boolean flag(Map<String, Object> parent, String name) {
        String value = text(parent, name);
        return value != null && Boolean.parseBoolean(value.trim());
    }

    static APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.statusCode())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    /** A named stage (not {@code $default}) prefixes the raw path with {@code /<stage>}. */
    private static String withoutStage(String path, String stage) {
        if (stage != null && !stage.equals("$default")) {
            String prefix = "/" + stage;
            if (path.equals(prefix)) {
                return "/";
            }
            if (path.startsWith(prefix + "/")) {
                return path.substring(prefix.length());
            }
        }
        return path;
    }

    private static Optional<Caller> caller(APIGatewayV2HTTPEvent.RequestContext context,
                                           APIGatewayV2HTTPEvent.RequestContext.Http http) {
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getIam() == null) {
            return Optional.empty();
        }
        APIGatewayV2HTTPEvent.RequestContext.IAM iam = context.getAuthorizer().getIam();
        if (iam.getUserArn() == null || iam.getUserArn().isBlank() || iam.getAccountId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Caller(iam.getUserArn(), iam.getAccountId(), iam.getCallerId(),
                iam.getPrincipalOrgId(), http == null ? null : http.getSourceIp(),
                http == null ? null : http.getUserAgent()));
    }
}
