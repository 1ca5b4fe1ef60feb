package com.backupsentinel.standins.sts;

import static com.backupsentinel.standins.http.QueryProtocol.escape;

import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.http.QueryProtocol;
import com.backupsentinel.standins.org.AssumedRoleKeys;
import com.backupsentinel.standins.org.MemberAccounts;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STS's query protocol (form-encoded POST, XML responses, version 2011-06-15) as the AWS SDK for Java 2.x sends it,
 * for what Backup Sentinel calls: AssumeRole into a member account's role and GetCallerIdentity. Whether a role may be
 * assumed is the organisation's ({@link MemberAccounts}): an account it does not have, an account whose role is
 * refused, or a wrong external id answer 403 AccessDenied, as STS does for a missing role or a trust policy that does
 * not match. The credentials handed out carry the account in their access key ({@link AssumedRoleKeys}).
 */
public final class StsServer implements AutoCloseable {

    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final String XML = "text/xml";
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/(?:[\\w+=,.@/-]*/)?"
            + "([\\w+=,.@-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

    private final MemberAccounts accounts;
    private final Clock clock;
    private final LoopbackHttpServer server;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final List<AssumedRole> assumed = new CopyOnWriteArrayList<>();

    private StsServer(MemberAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.server = LoopbackHttpServer.start("sts-stand-in", this::handle);
    }

    public static StsServer start(MemberAccounts accounts, Clock clock) {
        return new StsServer(accounts, clock);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** Every AssumeRole STS granted, oldest first. */
    public List<AssumedRole> assumedRoles() {
        return List.copyOf(assumed);
    }

    public int callCount(String action) {
        return calls.getOrDefault(action, 0);
    }

    public Map<String, Integer> callCounts() {
        return new TreeMap<>(calls);
    }

    @Override
    public void close() {
        server.close();
    }

    /** One granted AssumeRole: the role's account and name, the session name and the external id sent. */
    public record AssumedRole(String accountId, String roleName, String sessionName, Optional<String> externalId) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            Map<String, String> form = QueryProtocol.parameters(call);
            String action = form.getOrDefault("Action", "");
            calls.merge(action, 1, Integer::sum);
            try {
                String body = switch (action) {
                    case "AssumeRole" -> assumeRole(form, call.accessKeyId());
                    case "GetCallerIdentity" -> callerIdentity(call.accessKeyId());
                    default -> throw new StsError(400, "InvalidAction", "Could not find operation " + action
                            + " for version 2011-06-15");
                };
                HttpReplies.send(exchange, 200, XML, body.getBytes(StandardCharsets.UTF_8), Map.of());
            } catch (StsError e) {
                String error = QueryProtocol.error(NAMESPACE, e.status(), e.code(), e.getMessage());
                HttpReplies.send(exchange, e.status(), XML, error.getBytes(StandardCharsets.UTF_8), Map.of());
            }
        }
    }

    private String assumeRole(Map<String, String> form, Optional<String> callerKey) {
        String roleArn = required(form, "RoleArn");
        String session = required(form, "RoleSessionName");
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            throw new StsError(400, "ValidationError", "1 validation error detected: Value '" + roleArn
                    + "' at 'roleArn' failed to satisfy constraint: Member must be a role ARN");
        }
        if (!SESSION_NAME.matcher(session).matches()) {
            throw new StsError(400, "ValidationError", "1 validation error detected: Value '" + session
                    + "' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: [\\w+=,.@-]*");
        }
        Optional<String> externalId = Optional.ofNullable(form.get("ExternalId"));
        if (externalId.isPresent() && !EXTERNAL_ID.matcher(externalId.get()).matches()) {
            throw new StsError(400, "ValidationError", "1 validation error detected: Value at 'externalId' failed to"
                    + " satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:/-]*");
        }
        long duration = duration(form.get("DurationSeconds"));
        String account = arn.group(1);
        String roleName = arn.group(2);
        boolean trusted = accounts.member(account).isPresent() && accounts.assumeRoleDenial(account).isEmpty()
                && accounts.requiredExternalId().map(required -> externalId.filter(required::equals).isPresent())
                .orElse(true);
        if (!trusted) {
            throw new StsError(403, "AccessDenied", "User: " + caller(callerKey) + " is not authorized to perform:"
                    + " sts:AssumeRole on resource: " + roleArn);
        }
        assumed.add(new AssumedRole(account, roleName, session, externalId));
        Instant expiration = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
        return "<AssumeRoleResponse xmlns=\"" + NAMESPACE + "\"><AssumeRoleResult>"
                + "<AssumedRoleUser><AssumedRoleId>AROA" + account + "STANDIN:" + escape(session) + "</AssumedRoleId>"
                + "<Arn>arn:aws:sts::" + account + ":assumed-role/" + escape(roleName) + "/" + escape(session)
                + "</Arn></AssumedRoleUser>"
                + "<Credentials><AccessKeyId>" + AssumedRoleKeys.accessKeyFor(account) + "</AccessKeyId>"
                + "<SecretAccessKey>stand-in-secret-" + account + "</SecretAccessKey>"
                + "<SessionToken>stand-in-session-" + account + "-" + UUID.randomUUID() + "</SessionToken>"
                + "<Expiration>" + expiration + "</Expiration></Credentials>"
                + "<PackedPolicySize>0</PackedPolicySize></AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</AssumeRoleResponse>";
    }

    private String callerIdentity(Optional<String> callerKey) {
        Optional<String> member = callerKey.flatMap(AssumedRoleKeys::accountOf);
        String account = member.orElse(accounts.primary().accountId());
        return "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\"><GetCallerIdentityResult>"
                + "<Arn>" + caller(callerKey) + "</Arn>"
                + "<UserId>" + (member.isPresent() ? "AROA" + account + "STANDIN:session" : "AIDASTANDIN") + "</UserId>"
                + "<Account>" + account + "</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>";
    }

    private String caller(Optional<String> callerKey) {
        return callerKey.flatMap(AssumedRoleKeys::accountOf)
                .map(account -> "arn:aws:sts::" + account + ":assumed-role/stand-in/session")
                .orElse("arn:aws:iam::" + accounts.primary().accountId() + ":user/stand-in");
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw new StsError(400, "ValidationError", "1 validation error detected: Value null at '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static long duration(String raw) {
        if (raw == null) {
            return 3600;
        }
        try {
            long seconds = Long.parseLong(raw);
            if (seconds >= 900 && seconds <= 43200) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below, as STS does
        }
        throw new StsError(400, "ValidationError", "1 validation error detected: Value '" + raw
                + "' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200");
    }



    private static final class StsError extends RuntimeException {

        private final int status;
        private final String code;

        StsError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        int status() {
            return status;
        }

        String code() {
            return code;
        }
    }
}
