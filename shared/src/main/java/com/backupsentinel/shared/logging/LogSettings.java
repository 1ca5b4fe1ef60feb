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
    /**
     * The embedded stand-ins (tests and local invoke only; none is in a Lambda zip): DynamoDB Local logs every
     * conditional-check failure as a warning; S3Proxy answers the bucket settings it does not implement (public access
     * block, lifecycle) with 501 NotImplemented and logs each at ERROR, which the validator reports as
     * s3_bucket_not_verifiable.
     */
    private static final String DYNAMODB_LOCAL = "com.amazonaws.services.dynamodbv2";
    private static final String S3PROXY = "org.gaul";
    private static final String S3PROXY_NOT_IMPLEMENTED = "Unknown parameters ";

    static LogSettings fromEnvironment(Environment environment) {
        String level = environment.get("POWERTOOLS_LOG_LEVEL").or(() -> environment.get("AWS_LAMBDA_LOG_LEVEL"))
                .orElse("INFO").trim().toUpperCase(Locale.ROOT);
        return new LogSettings(parse(level), environment.get("POWERTOOLS_SERVICE_NAME").orElse("service_undefined"));
    }

    Level thresholdFor(String loggerName) {
        if (loggerName.startsWith(OWN_LOGGERS)) {
            return applicationLevel;
        }
        return loggerName.startsWith(DYNAMODB_LOCAL) ? Level.ERROR : LIBRARY_LEVEL;
    }

    /** Whether a line that passed the threshold is still left out (a stand-in's known noise). */
    static boolean dropped(String loggerName, String message) {
        return loggerName.startsWith(S3PROXY) && message != null && message.startsWith(S3PROXY_NOT_IMPLEMENTED);
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
