package com.backupsentinel.ondemand;

import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.shared.json.JsonMaps;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * SnapStart priming of the on-demand API: an IAM-authenticated GET of a backup's status and a POST starting a
 * backup, from the event's JSON through the event translation, routing, validation, idempotency (DynamoDB), AWS
 * Backup and the response's JSON, every AWS call answered by canned responses.
 */
final class OnDemandPriming extends HotPathPriming {

    private static final String EVENT = "{\"version\":\"2.0\",\"routeKey\":\"%1$s %2$s\",\"rawPath\":\"%2$s\","
            + "\"headers\":{\"content-type\":\"application/json\",\"idempotency-key\":\"priming\"},"
            + "\"requestContext\":{\"accountId\":\"123456789012\",\"requestId\":\"priming\",\"stage\":\"$default\","
            + "\"authorizer\":{\"iam\":{\"userArn\":\"arn:aws:sts::123456789012:assumed-role/Priming/priming\","
            + "\"accountId\":\"123456789012\",\"callerId\":\"AROAPRIMING:priming\",\"userId\":\"AROAPRIMING:priming\"}},"
            + "\"http\":{\"method\":\"%1$s\",\"path\":\"%2$s\",\"sourceIp\":\"127.0.0.1\",\"userAgent\":\"priming\"}},"
            + "\"body\":%3$s,\"isBase64Encoded\":false}";

    private final OnDemandApi api;

    OnDemandPriming(OnDemandApi api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    protected void prime() throws IOException {
        call("GET", "/backups/2026-11-21t09-30-00", "null");
        call("POST", "/backups",
                "\"{\\\"resources\\\": [\\\"arn:aws:dynamodb:us-east-1:123456789012:table/priming\\\"]}\"");
    }

    private void call(String method, String path, String bodyJson) throws IOException {
        String event = EVENT.replace("%1$s", method).replace("%2$s", path).replace("%3$s", bodyJson);
        JsonMaps.write(HttpEvents.toResponseMap(api.handle(HttpEvents.toRequest(JsonMaps.readObject(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)))))), OutputStream.nullOutputStream());
    }
}
