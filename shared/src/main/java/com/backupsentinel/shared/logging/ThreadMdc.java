package com.backupsentinel.shared.logging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.spi.MDCAdapter;

/**
 * The MDC of {@link JsonLoggingProvider}: one map per thread, not inherited by threads it starts (as log4j's thread
 * context): a pool worker gets an invocation's context only through {@link LogContext}, and keeps none afterwards.
 */
final class ThreadMdc implements MDCAdapter {

    private final ThreadLocal<Map<String, String>> values = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Deque<String>>> stacks = ThreadLocal.withInitial(HashMap::new);

    @Override
    public void put(String key, String value) {
        values.get().put(key, value);
    }

    @Override
    public String get(String key) {
        return values.get().get(key);
    }

    @Override
    public void remove(String key) {
        values.get().remove(key);
    }

    @Override
    public void clear() {
        values.get().clear();
    }

    @Override
    public Map<String, String> getCopyOfContextMap() {
        Map<String, String> current = values.get();
        return current.isEmpty() ? null : new HashMap<>(current);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void setContextMap(Map contextMap) {
        values.set(new HashMap<>(contextMap));
    }

    @Override
    public void pushByKey(String key, String value) {
        stacks.get().computeIfAbsent(key, k -> new ArrayDeque<>()).push(value);
    }

    @Override
    public String popByKey(String key) {
        Deque<String> stack = stacks.get().get(key);
        return stack == null || stack.isEmpty() ? null : stack.pop();
    }

    @Override
    public Deque<String> getCopyOfDequeByKey(String key) {
        Deque<String> stack = stacks.get().get(key);
        return stack == null ? null : new ArrayDeque<>(stack);
    }

    @Override
    public void clearDequeByKey(String key) {
        Deque<String> stack = stacks.get().get(key);
        if (stack != null) {
            stack.clear();
        }
    }
}
