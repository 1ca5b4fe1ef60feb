package com.backupsentinel.shared.logging;

import com.backupsentinel.shared.json.JsonText;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One log event as the JSON line Powertools' Lambda layout writes: level, message, error (name, message, stack),
 * the invocation's fields (cold_start, function_arn, function_memory_size, function_name, function_request_id,
 * function_version), service, timestamp (UTC, milliseconds), xray_trace_id, then the key-value fields.
 */
final class JsonLogLine {

    private JsonLogLine() {
    }

    static String format(String level, String message, Throwable error, String service, long epochMillis,
                         InvocationLogging.Invocation invocation, Iterable<KeyValue> fields) {
        StringBuilder line = new StringBuilder(256);
        line.append("{\"level\":\"").append(level).append("\",\"message\":");
        JsonText.appendString(line, message);
        if (error != null) {
            line.append(",\"error\":{\"message\":");
            JsonText.appendString(line, error.getMessage());
            line.append(",\"name\":");
            JsonText.appendString(line, error.getClass().getName());
            line.append(",\"stack\":");
            JsonText.appendString(line, stackTrace(error));
            line.append('}');
        }
        if (invocation != null) {
            line.append(",\"cold_start\":").append(invocation.coldStart());
            field(line, "function_arn", invocation.functionArn());
            line.append(",\"function_memory_size\":").append(invocation.memoryMb());
            field(line, "function_name", invocation.functionName());
            field(line, "function_request_id", invocation.requestId());
            field(line, "function_version", invocation.functionVersion());
        }
        field(line, "service", service);
        line.append(",\"timestamp\":\"");
        Timestamps.appendIso(line, epochMillis);
        line.append('"');
        if (invocation != null && invocation.traceId() != null) {
            field(line, "xray_trace_id", invocation.traceId());
        }
        for (KeyValue field : fields) {
            line.append(',');
            JsonText.appendString(line, field.key());
            line.append(':');
            JsonText.appendValue(line, field.value());
        }
        return line.append('}').toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        line.append(",\"").append(name).append("\":");
        JsonText.appendString(line, value);
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
