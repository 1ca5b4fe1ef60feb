package com.backupsentinel.notifier;

import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.shared.notification.NotificationPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been published; can be told to fail the next publishes. */
final class CapturingPublisher implements NotificationPublisher {

    private final List<Notification> published = new ArrayList<>();
    private int failuresLeft;

    @Override
    public synchronized String publish(Notification notification) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("SNS is unavailable");
        }
        published.add(notification);
        return "message-" + published.size();
    }

    synchronized void failNext(int times) {
        failuresLeft = times;
    }

    synchronized List<Notification> published() {
        return List.copyOf(published);
    }

    synchronized void clear() {
        published.clear();
    }
}
