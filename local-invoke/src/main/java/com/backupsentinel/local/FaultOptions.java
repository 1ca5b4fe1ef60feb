package com.backupsentinel.local;

import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultRule;
import com.backupsentinel.standins.http.FaultyEndpoints;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --fault SERVICE:OPERATION=hang|reset|http500|throttle[:COUNT]} (repeatable): faults injected into the
 * function's AWS calls by a loopback proxy in front of each endpoint it is given, the embedded stand-ins or the
 * user's {@code AWS_ENDPOINT_URL*} (moto, LocalStack). Taken out of the arguments before the rest is parsed; local
 * invoke's own set-up calls (creating tables, reading captured objects) do not go through the proxies.
 *
 * @param rules     the faults, in the order given (the first that matches a call decides)
 * @param remaining the other arguments, for {@link Arguments}
 */
record FaultOptions(List<FaultRule> rules, String[] remaining) {

    static final String OPTION = "--fault";

    static final String USAGE = String.join(System.lineSeparator(),
            "  --fault SERVICE:OPERATION=KIND[:COUNT]",
            "                      inject a fault into the function's matching AWS calls (repeatable). SERVICE is the",
            "                      signing name (sns, dynamodb, s3, backup, tagging), OPERATION the API operation",
            "                      (Publish, PutItem, PutObject, StartBackupJob, ...), KIND one of hang (never",
            "                      answered), reset (connection reset), http500 (the service's 500), throttle (the",
            "                      service's throttling error) or conflict (DynamoDB's transaction conflict); COUNT",
            "                      limits it to the first COUNT matching calls. Example: --fault sns:Publish=hang");

    /** Splits {@code args} into the faults and the rest; a missing or malformed fault is a usage error. */
    static FaultOptions extract(String... args) throws UsageException {
        List<FaultRule> rules = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!OPTION.equals(args[i])) {
                rest.add(args[i]);
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                throw new UsageException(OPTION + " needs a value such as sns:Publish=hang");
            }
            try {
                rules.add(FaultRule.parse(args[++i]));
            } catch (IllegalArgumentException e) {
                throw new UsageException(OPTION + ": " + e.getMessage());
            }
        }
        return new FaultOptions(List.copyOf(rules), rest.toArray(String[]::new));
    }

    FaultOptions {
        rules = List.copyOf(rules);
        remaining = remaining.clone();
    }

    @Override
    public String[] remaining() {
        return remaining.clone();
    }

    /**
     * The function's endpoint variables with a fault proxy in front of each, when there are faults; {@code endpoints}
     * unchanged (and nothing started) when there are none.
     */
    Fronted front(Map<String, String> endpoints, PrintStream err) {
        if (rules.isEmpty()) {
            return new Fronted(endpoints, () -> { }, FaultPlan.none());
        }
        FaultPlan plan = FaultPlan.of(rules);
        FaultyEndpoints proxies = FaultyEndpoints.front(endpoints, plan);
        err.println("local-invoke: injecting faults " + rules + " through loopback proxies in front of the"
                + " function's AWS endpoints");
        return new Fronted(proxies.environment(), proxies::close, plan);
    }

    /** The endpoints the function gets, how to stop their proxies, and what the proxies saw and did. */
    record Fronted(Map<String, String> environment, Runnable close, FaultPlan plan) {

        /** One line for stderr, when faults were asked for: how many calls each fault hit. */
        Optional<String> summary() {
            if (plan.rules().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("local-invoke: faults injected: " + (plan.injected().isEmpty()
                    ? "none (no call matched)" : plan.injected().toString()));
        }
    }
}
