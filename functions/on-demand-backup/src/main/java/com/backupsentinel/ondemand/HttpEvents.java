package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.api.ApiRequest;
import com.backupsentinel.ondemand.api.ApiResponse;
import com.backupsentinel.ondemand.service.Caller;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Translates API Gateway HTTP API (payload 2.0) events into {@link ApiRequest} and responses back. */
final class HttpEvents {

    private HttpEvents() {
    }

    static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = context == null ? null : context.getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod() : "";
        String path = Objects.requireNonNullElse(event.getRawPath(), http == null ? "/" : http.getPath());
        return new ApiRequest(method.toUpperCase(Locale.ROOT), withoutStage(path, context),
                Objects.requireNonNullElse(event.getQueryStringParameters(), Map.of()),
                Optional.ofNullable(event.getBody()), event.getIsBase64Encoded(), caller(context, http),
                context == null || context.getRequestId() == null ? "" : context.getRequestId());
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
    private static String withoutStage(String path, APIGatewayV2HTTPEvent.RequestContext context) {
        String stage = context == null ? null : context.getStage();
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
