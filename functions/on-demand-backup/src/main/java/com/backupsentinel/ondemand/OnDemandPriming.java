package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Map;
import java.util.Objects;

/**
 * SnapStart priming of the on-demand API: an IAM-authenticated GET of a backup's status and a POST starting a
 * backup, through the event translation, routing, validation, idempotency (DynamoDB), AWS Backup and the response,
 * every AWS call answered by canned responses.
 */
final class OnDemandPriming extends HotPathPriming {

    private final OnDemandApi api;

    OnDemandPriming(OnDemandApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    protected void prime() {
        HttpEvents.toResponse(api.handle(HttpEvents.toRequest(event("GET", "/backups/2026-11-21t09-30-00", null))));
        HttpEvents.toResponse(api.handle(HttpEvents.toRequest(event("POST", "/backups",
                "{\"resources\": [\"arn:aws:dynamodb:us-east-1:123456789012:table/priming\"]}"))));
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String body) {
        APIGatewayV2HTTPEvent.RequestContext.IAM iam = APIGatewayV2HTTPEvent.RequestContext.IAM.builder()
                .withUserArn("arn:aws:sts::123456789012:assumed-role/Priming/priming").withAccountId("123456789012")
                .withCallerId("AROAPRIMING:priming").withUserId("AROAPRIMING:priming").build();
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("priming").withStage("$default").withAccountId("123456789012")
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withIam(iam).build())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                        .withSourceIp("127.0.0.1").withUserAgent("priming").build())
                .build();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path)
                .withRequestContext(context).withBody(body).withIsBase64Encoded(false)
                .withHeaders(Map.of("content-type", "application/json", "idempotency-key", "priming"))
                .build();
    }
}
