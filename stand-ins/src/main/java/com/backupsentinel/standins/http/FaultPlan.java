package com.backupsentinel.standins.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The faults to inject and how many of each are left, shared by every proxy of one run. The first rule that
 * matches a call and still has a count left decides; a rule without a count never runs out. Every call seen and
 * every fault injected is remembered, for tests and for the notes local invoke prints. Tests change the rules
 * between invocations with {@link #set}: the proxies read them on every call.
 */
public final class FaultPlan {

    private List<FaultRule> rules;
    private int[] remaining;
    private int[] toPass;
    private final List<AwsOperation> calls = new ArrayList<>();
    private final Map<String, Integer> injected = new LinkedHashMap<>();

    private FaultPlan(List<FaultRule> rules) {
        set(rules);
    }

    public static FaultPlan of(List<FaultRule> rules) {
        return new FaultPlan(rules);
    }

    public static FaultPlan of(FaultRule... rules) {
        return new FaultPlan(List.of(rules));
    }

    /** Parses each spec with {@link FaultRule#parse}. */
    public static FaultPlan parse(List<String> specs) {
        return new FaultPlan(specs.stream().map(FaultRule::parse).toList());
    }

    /** No faults: every call passes. */
    public static FaultPlan none() {
        return new FaultPlan(List.of());
    }

    /** Replaces the rules, with their full counts; {@link #injected} starts again, the calls seen are kept. */
    public synchronized FaultPlan set(List<FaultRule> newRules) {
        this.rules = List.copyOf(newRules);
        injected.clear();
        this.remaining = new int[this.rules.size()];
        this.toPass = new int[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            remaining[i] = this.rules.get(i).count().orElse(-1);
            toPass[i] = this.rules.get(i).passFirst();
        }
        return this;
    }

    /** Replaces the rules with these. */
    public FaultPlan set(FaultRule... newRules) {
        return set(List.of(newRules));
    }

    /** Replaces the rules with {@code specs} parsed by {@link FaultRule#parse}. */
    public FaultPlan set(String... specs) {
        return set(Arrays.stream(specs).map(FaultRule::parse).toList());
    }

    /** No more faults: every later call passes. */
    public FaultPlan clear() {
        return set(List.of());
    }

    public synchronized List<FaultRule> rules() {
        return rules;
    }

    /** The fault for this call, if any, consuming one of the rule's count. */
    synchronized Optional<FaultKind> take(AwsOperation call) {
        calls.add(call);
        for (int i = 0; i < rules.size(); i++) {
            if (remaining[i] != 0 && rules.get(i).matches(call)) {
                if (toPass[i] > 0) {
                    toPass[i]--;
                    continue;
                }
                if (remaining[i] > 0) {
                    remaining[i]--;
                }
                injected.merge(rules.get(i).toString(), 1, Integer::sum);
                return Optional.of(rules.get(i).kind());
            }
        }
        return Optional.empty();
    }

    /** Every call the proxies saw, in arrival order, faulted or not. */
    public synchronized List<AwsOperation> calls() {
        return List.copyOf(calls);
    }

    /** How many calls of {@code service:operation} the proxies saw. */
    public synchronized long callCount(String service, String operation) {
        return calls.stream().filter(c -> c.service().equals(service) && c.operation().equals(operation)).count();
    }

    /** Rule (as written) to the number of calls it faulted since the rules were set. */
    public synchronized Map<String, Integer> injected() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(injected));
    }

    @Override
    public synchronized String toString() {
        return rules.toString();
    }
}
