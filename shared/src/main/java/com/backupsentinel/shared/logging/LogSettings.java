package com.backupsentinel.shared.logging;

import com.backupsentinel.shared.config.Environment;
import java.util.Locale;
import org.slf4j.event.Level;

/**
 * What log4j2.xml used to say: our loggers ({@code com.backupsentinel}) log at POWERTOOLS_LOG_LEVEL (else Lambda's
 * AWS_LAMBDA_LOG_LEVEL, else INFO), every library at WARN; the service name comes from POWERTOOLS_SERVICE_NAME.
 * Read when the first logger is made, from {@link Environment#system()} (local invoke's overlay included).
 */
record LogSettings(Level applicationLevel, String service) {

    static final String OWN_LOGGERS = "com.backupsentinel";
    static final Level LIBRARY_LEVEL = Level.WARN;

    static LogSettings fromEnvironment(Environment environment) {
        String level = environment.get("POWERTOOLS_LOG_LEVEL").or(() -> environment.get("AWS_LAMBDA_LOG_LEVEL"))
                .orElse("INFO").trim().toUpperCase(Locale.ROOT);
        return new LogSettings(parse(level), environment.get("POWERTOOLS_SERVICE_NAME").orElse("service_undefined"));
    }

    Level thresholdFor(String loggerName) {
        return loggerName.startsWith(OWN_LOGGERS) ? applicationLevel : LIBRARY_LEVEL;
    }

    private static Level parse(String level) {
        switch (level) {
            case "TRACE":
                return Level.TRACE;
            case "DEBUG":
                return Level.DEBUG;
            case "WARN":
                return Level.WARN;
            case "ERROR":
            case "FATAL":
                return Level.ERROR;
            case "INFO":
            default:
                return Level.INFO;
        }
    }
}
