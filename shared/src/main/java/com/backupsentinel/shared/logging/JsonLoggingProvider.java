package com.backupsentinel.shared.logging;

import com.backupsentinel.shared.config.Environment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of every function (found through META-INF/services): Powertools' structured JSON log lines
 * without log4j (whose core, API, SLF4J binding and JSON layout were 2.6 MB and ~700 classes on the cold-start path).
 */
public final class JsonLoggingProvider implements SLF4JServiceProvider {

    private final BasicMarkerFactory markers = new BasicMarkerFactory();
    private final ThreadMdc mdc = new ThreadMdc();
    private volatile ILoggerFactory loggers;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        Map<String, Logger> made = new ConcurrentHashMap<>();
        // settings are read for each new logger: local invoke installs the function's environment after start-up
        loggers = name -> made.computeIfAbsent(name, n -> new JsonLogger(n, LogSettings.fromEnvironment(
                Environment.system())));
    }
}
