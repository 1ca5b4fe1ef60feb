package com.backupsentinel.ondemand.api;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.ondemand.service.AuditQuery;
import com.backupsentinel.ondemand.service.AwsCallException;
import com.backupsentinel.ondemand.service.BackupCommand;
import com.backupsentinel.ondemand.service.Caller;
import com.backupsentinel.ondemand.service.ErrorText;
import com.backupsentinel.ondemand.service.OnDemandService;
import com.backupsentinel.ondemand.service.RequestRejectedException;
import com.backupsentinel.ondemand.service.RequestStore;
import com.backupsentinel.ondemand.service.RequestView;
import com.backupsentinel.ondemand.service.RestoreCommand;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: routes a request, validates its input, calls {@link OnDemandService} and turns the outcome, or
 * the problem, into a JSON response. Input errors are 4xx naming the field; AWS errors are 502 with a short,
 * sanitized reason; nothing else ever leaves as more than "internal error" and the request id.
 */
public final class OnDemandApi {

    /** The largest body accepted; anything bigger is a 413. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(OnDemandApi.class);

    private final OnDemandService service;
    private final Idempotency idempotency;
    private final Views views;
    private final Responses responses;
    private final MetricsRecorder metrics;
    private final ErrorText errors;
    private final AuditRecorder audit;
    private final Clock clock;
    private final InvocationBudget budget;

    /**
     * @param budget the time budget the AWS clients behind {@code service} and {@code store} read: the handler opens
     *               it for each invocation, and unfinished idempotency claims are leased until its end
     */
    public OnDemandApi(OnDemandService service, RequestStore store, MetricsRecorder metrics, AuditRecorder audit,
                       Clock clock, InvocationBudget budget) {
        this.service = Objects.requireNonNull(service, "service");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.idempotency = new Idempotency(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock),
                budget);
        this.views = new Views(service.settings());
        this.responses = new Responses();
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.errors = new ErrorText(service.settings().ownAccountId());
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = clock;
    }

    /** The budget the handler opens for each invocation. */
    public InvocationBudget budget() {
        return budget;
    }

    public ApiResponse handle(ApiRequest request) {
        Instant received = clock.instant();
        String route = "(unrouted)";
        Route matched = null;
        ApiResponse response;
        try {
            RouteMatch match = RouteMatch.of(request.method(), request.path());
            matched = match.route();
            route = match.route().label();
            Caller caller = request.caller().orElseThrow(() -> new HttpProblem(403, "",
                    "the request carries no IAM identity: call the API with AWS_IAM (SigV4) authorization"));
            response = dispatch(match, caller, request);
        } catch (HttpProblem problem) {
            response = responses.problem(problem.status(), problem.field(), problem.getMessage(), problem.headers());
        } catch (RequestRejectedException rejected) {
            response = responses.rejected(rejected);
        } catch (AwsCallException e) {
            LOG.warn("AWS call failed", entry("awsService", e.service()), entry("operation", e.operation()),
                    entry("errorCode", e.errorCode()), entry("httpStatus", e.httpStatus()));
            response = responses.problem(502, "", e.service() + " " + e.operation() + " failed: " + errors.reason(e),
                    Map.of());
        } catch (RuntimeException e) {
            LOG.error("Unexpected error", entry("requestId", request.requestId()), e);
            response = responses.problem(500, "", "internal error; quote request id " + request.requestId(),
                    Map.of());
        }
        metrics.count(response.statusCode() >= 500 ? "ServerErrors" : response.statusCode() >= 400
                ? "ClientErrors" : "SuccessfulRequests", 1, Map.of());
        LOG.info("Request answered", entry("route", route), entry("status", response.statusCode()),
                entry("caller", request.caller().map(Caller::userArn).orElse("")),
                entry("requestId", request.requestId()));
        audit.record(RequestAudit.of(request, matched, response, received, clock.instant()));
        return response;
    }

    private ApiResponse dispatch(RouteMatch match, Caller caller, ApiRequest request) {
        switch (match.route()) {
            case START_BACKUP:
                return startBackup(caller, BackupRequestBody.parse(RequestBodies.text(request, MAX_BODY_BYTES)));
            case START_RESTORE:
                return startRestore(caller, RestoreRequestBody.parse(RequestBodies.text(request, MAX_BODY_BYTES)));
            case LATEST_BACKUP:
                return responses.ok(views.status(service.latestBackup()));
            case BACKUP_STATUS:
                return responses.ok(views.status(service.backupStatus(PathTimestamp.of(match))));
            case RESTORE_STATUS:
                return responses.ok(views.status(service.restoreStatus(PathTimestamp.of(match))));
            case AUDIT:
                AuditQuery query = AuditParameters.parse(request.query());
                return responses.ok(views.audit(service.audit(query)));
            default:
                throw new IllegalStateException("Route without a handler: " + match.route());
        }
    }

    private ApiResponse startBackup(Caller caller, BackupRequestBody body) {
        return idempotency.run(Route.START_BACKUP, caller, body.idempotencyKey(), body.canonical(), (seed, since) ->
                started(service.startBackup(new BackupCommand(body.resources(), body.onlyConfig(), seed, caller),
                        since), "/backups/"));
    }

    private ApiResponse startRestore(Caller caller, RestoreRequestBody body) {
        return idempotency.run(Route.START_RESTORE, caller, body.idempotencyKey(), body.canonical(), (seed, since) ->
                started(service.startRestore(new RestoreCommand(body.timestamp(), body.recoveryPointArn(),
                        body.skip(), seed, caller), since), "/restores/"));
    }

    private ApiResponse started(RequestView view, String statusPath) {
        if (view.nothingStarted()) {
            return responses.json(502, views.nothingStarted(view), Map.of());
        }
        ObjectNode body = views.accepted(view);
        return responses.json(202, body, Map.of("Location", statusPath + view.record().timestamp()));
    }
}
