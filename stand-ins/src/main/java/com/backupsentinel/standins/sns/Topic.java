package com.backupsentinel.standins.sns;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One topic: its ARN, settable attributes and subscriptions. */
final class Topic {

    private final String arn;
    private final Map<String, String> attributes = new ConcurrentHashMap<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    Topic(String arn, Map<String, String> attributes) {
        this.arn = arn;
        this.attributes.putAll(attributes);
    }

    String arn() {
        return arn;
    }

    String name() {
        return arn.substring(arn.lastIndexOf(':') + 1);
    }

    boolean fifo() {
        return name().endsWith(".fifo");
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<Subscription> subscriptions() {
        return subscriptions;
    }

    /**
     * One subscription.
     *
     * @param arn      the subscription ARN
     * @param protocol email, https, sqs, lambda, ...
     * @param endpoint where deliveries go
     */
    record Subscription(String arn, String protocol, String endpoint) {
    }
}
