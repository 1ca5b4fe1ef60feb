package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a Distributed Map's items the way Step Functions runs its child executions, in place of Step Functions:
 * {@code concurrency} at once, each item shaped by the ItemSelector, the shard function invoked (warm), a failure
 * retried by the first Retry entry whose ErrorEquals matches (waits scaled by {@code timeScale}; with FULL jitter),
 * and once retries run out, caught: the error placed at the Catch's ResultPath and the failure state's Parameters
 * applied, so the child execution succeeds with the shard's ERROR. Lambda's throttling is planted per shard
 * ({@link LambdaThrottles}).
 */
final class LocalMapRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrgStateMachine machine;
    private final WarmFunction shard;
    private final LambdaThrottles throttles;
    private final int concurrency;
    private final double timeScale;

    LocalMapRun(OrgStateMachine machine, WarmFunction shard, LambdaThrottles throttles, int concurrency,
                double timeScale) {
        this.machine = machine;
        this.shard = shard;
        this.throttles = throttles;
        this.concurrency = concurrency;
        this.timeScale = timeScale;
    }

    /** Every item's child execution, in item order; {@code done} hears how many have finished. */
    List<ChildExecution> run(List<ObjectNode> items, JsonNode mapInput, ObjectNode execution, IntConsumer done) {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "map-child");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<ChildExecution>> futures = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                futures.add(workers.submit(() -> {
                    ChildExecution child = child(index, items.get(index), mapInput, execution);
                    done.accept(finished.incrementAndGet());
                    return child;
                }));
            }
            List<ChildExecution> children = new ArrayList<>(items.size());
            for (Future<ChildExecution> future : futures) {
                children.add(future.get());
            }
            return children;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A child execution could not be run: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the Map's items", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private ChildExecution child(int index, ObjectNode item, JsonNode mapInput, ObjectNode execution) {
        Instant started = Instant.now();
        ObjectNode context = JSON.createObjectNode();
        context.set("Execution", execution);
        context.putObject("Map").putObject("Item").put("Index", index).set("Value", item);
        ObjectNode input = JsonPaths.apply(machine.itemSelector(), mapInput, context);
        String name = UUID.nameUUIDFromBytes((execution.path("Name").asText() + "/" + index)
                .getBytes(StandardCharsets.UTF_8)).toString();
        String accountId = input.path("accountId").asText();
        String region = input.path("region").asText();
        byte[] event = input.toString().getBytes(StandardCharsets.UTF_8);
        Map<Retrier, Integer> retries = new HashMap<>();
        int invocations = 0;
        while (true) {
            TaskFailure failure;
            if (throttles.throttles(accountId, region, invocations)) {
                failure = new TaskFailure(LambdaThrottles.ERROR,
                        String.format(LambdaThrottles.CAUSE, UUID.randomUUID()));
            } else {
                HandlerInvoker.Outcome outcome = shard.invoke(event);
                if (outcome.succeeded()) {
                    return new ChildExecution(name, "SUCCEEDED", input.toString(),
                            Optional.of(new String(outcome.payload(), StandardCharsets.UTF_8)), Optional.empty(),
                            Optional.empty(), started, Instant.now(), invocations + 1);
                }
                failure = TaskFailure.of(outcome.payload());
            }
            invocations++;
            Optional<Retrier> retrier = machine.retries().stream().filter(r -> r.matches(failure.error())).findFirst();
            if (retrier.isPresent() && retries.getOrDefault(retrier.get(), 0) < retrier.get().maxAttempts()) {
                int retry = retries.merge(retrier.get(), 1, Integer::sum) - 1;
                sleep(retrier.get().delay(retry, timeScale));
                continue;
            }
            return caught(name, input, context, failure, started, invocations);
        }
    }

    /** The Catch (States.ALL): the error at its ResultPath, then the failure state's Parameters. */
    private ChildExecution caught(String name, ObjectNode input, ObjectNode context, TaskFailure failure,
                                  Instant started, int invocations) {
        String resultPath = machine.catchResultPath();
        if (!resultPath.matches("\\$\\.[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("local-org-run runs a Catch ResultPath of $.field only, not '"
                    + resultPath + "'");
        }
        ObjectNode state = input.deepCopy();
        state.putObject(resultPath.substring(2)).put("Error", failure.error()).put("Cause", failure.cause());
        ObjectNode output = JsonPaths.apply(machine.failureParameters(), state, context);
        return new ChildExecution(name, "SUCCEEDED", input.toString(), Optional.of(output.toString()),
                Optional.empty(), Optional.empty(), started, Instant.now(), invocations);
    }

    static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a retry's backoff", e);
        }
    }
}
