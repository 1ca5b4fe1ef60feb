package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.backupsentinel.ondemand.api.ApiRequest;
import com.backupsentinel.ondemand.api.ApiResponse;
import com.backupsentinel.ondemand.api.OnDemandApi;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.JsonMaps;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * OnDemandBackupFunction: the API Gateway HTTP API (payload 2.0, AWS_IAM authorization) that starts backups and
 * restores and reports their status. Translates the event, calls {@link OnDemandApi} within the invocation's time
 * budget (every AWS call ends before API Gateway's and Lambda's timeouts, so the caller gets a 5xx naming the
 * failed call, never a timeout), translates the answer.
 */
public final class OnDemandBackupHandler implements RequestStreamHandler {

    private final OnDemandApi api;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public OnDemandBackupHandler() {
        this(Wiring.fromEnvironment(Environment.system()));
        HotPathPriming.register(new OnDemandPriming(api));
    }

    /**
     * For tests and tools.
     *
     * @param flushMetrics called once at the end of every invocation
     */
    public OnDemandBackupHandler(OnDemandApi api, Runnable flushMetrics) {
        this.api = Objects.requireNonNull(api, "api");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    private OnDemandBackupHandler(Wiring wiring) {
        this(wiring.api(), wiring.metrics()::flush);
    }

    /**
     * The entry point Lambda calls: the event read into a map and the response written from one
     * ({@link JsonMaps}), without the runtime's serialization of the events library's types.
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event = JsonMaps.readObject(input);
        JsonMaps.write(HttpEvents.toResponseMap(respond(() -> HttpEvents.toRequest(event), context)), output);
    }

    /** One invocation on an event of the events library's type. */
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return HttpEvents.toResponse(respond(() -> HttpEvents.toRequest(event), context));
    }

    private ApiResponse respond(Supplier<ApiRequest> request, Context context) {
        return InvocationLogging.withLogging(context, () -> api.budget().during(context, () -> {
            try {
                return api.handle(request.get());
            } finally {
                flushMetrics.run();
            }
        }));
    }
}
