package com.backupsentinel.shared.notification;

/** Sends a {@link Notification} to the suite's topic; returns the message id. */
@FunctionalInterface
public interface NotificationPublisher {

    String publish(Notification notification);
}
