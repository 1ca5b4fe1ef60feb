package com.backupsentinel.shared.logging;

import com.backupsentinel.shared.priming.Priming;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J logger writing one JSON line per event to stderr ({@link JsonLogLine}); MDC entries and {@link KeyValue}
 * arguments become fields, the other arguments fill the message's {@code {}} placeholders. Nothing is written while
 * {@link Priming} runs.
 */
final class JsonLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient LogSettings settings;
    private final int threshold;

    JsonLogger(String name, LogSettings settings) {
        this.name = name;
        this.settings = settings;
        this.threshold = settings.thresholdFor(name).toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
        if (Priming.active() || LogSettings.dropped(name, messagePattern)) {
            return;
        }
        List<KeyValue> fields = new ArrayList<>();
        Map<String, String> context = MDC.getCopyOfContextMap();
        if (context != null) {
            // what code put in the MDC, as Powertools writes it: a field each
            context.forEach((key, value) -> fields.add(new KeyValue(key, value)));
        }
        Throwable error = throwable;
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof KeyValue) {
                    fields.add((KeyValue) argument);
                }
            }
            if (error == null && arguments.length > 0 && arguments[arguments.length - 1] instanceof Throwable) {
                error = (Throwable) arguments[arguments.length - 1];
            }
        }
        String message = arguments == null || arguments.length == 0 || messagePattern == null
                || !messagePattern.contains("{}") ? messagePattern
                : MessageFormatter.basicArrayFormat(messagePattern, arguments);
        String line = JsonLogLine.format(level.name(), message, error, settings.service(), System.currentTimeMillis(),
                InvocationLogging.current(), fields);
        PrintStream err = System.err;
        err.println(line);
    }
}
