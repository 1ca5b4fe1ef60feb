package com.backupsentinel.standins.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The error a service itself answers when it throttles or fails, in that service's wire shape, so the SDK reads
 * it exactly as it would read AWS's: DynamoDB's JSON 1.0 {@code __type}, the Tagging API's JSON 1.1, SNS/SQS/STS
 * query-protocol XML, S3's REST XML, AWS Backup's REST-JSON {@code x-amzn-ErrorType}.
 */
final class FaultReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultReplies() {
    }

    /** The HTTP response for {@code kind} (HTTP500, THROTTLE or CONFLICT) of {@code call}. */
    static byte[] of(FaultKind kind, AwsOperation call, byte[] requestBody) {
        String requestId = UUID.randomUUID().toString();
        if (kind == FaultKind.CONFLICT) {
            return conflict(call.operation(), requestBody, requestId);
        }
        boolean throttle = kind == FaultKind.THROTTLE;
        String service = call.service();
        return switch (service) {
            case "dynamodb" -> throttle
                    ? json(400, "application/x-amz-json-1.0", "com.amazon.coral.availability#ThrottlingException",
                            "Rate of requests exceeds the allowed throughput.", requestId)
                    : json(500, "application/x-amz-json-1.0", "com.amazonaws.dynamodb.v20120810#InternalServerError",
                            "Internal server error", requestId);
            case "tagging" -> throttle
                    ? json(400, "application/x-amz-json-1.1", "ThrottledException", "Rate exceeded", requestId)
                    : json(500, "application/x-amz-json-1.1", "InternalServiceException",
                            "The request failed because of an internal error.", requestId);
            case "sns", "sts" -> throttle
                    ? query(429, service.equals("sns") ? "Throttled" : "Throttling", "Rate exceeded",
                            requestId)
                    : query(500, "InternalError", "Request could not be completed", requestId);
            case "s3" -> throttle
                    ? s3(503, "SlowDown", "Please reduce your request rate.", requestId)
                    : s3(500, "InternalError", "We encountered an internal error. Please try again.", requestId);
            default -> throttle
                    ? restJson(400, "ThrottlingException", "Rate exceeded", requestId)
                    : restJson(500, "ServiceUnavailableException", "Internal failure: please retry", requestId);
        };
    }

    /**
     * DynamoDB's answer to a write contending with a transaction: a cancelled transaction whose last item names the
     * conflict (one reason per item, in order), or a conflict on a single-item write.
     */
    private static byte[] conflict(String operation, byte[] requestBody, String requestId) {
        if (!operation.startsWith("Transact")) {
            return json(400, "application/x-amz-json-1.0",
                    "com.amazonaws.dynamodb.v20120810#TransactionConflictException",
                    "Transaction is ongoing for the item", requestId);
        }
        int items = 1;
        try {
            items = Math.max(1, JSON.readTree(requestBody).path("TransactItems").size());
        } catch (IOException ignored) {
            // a body that is not JSON: one reason is as good as any
        }
        StringBuilder reasons = new StringBuilder();
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < items; i++) {
            boolean last = i == items - 1;
            reasons.append(i == 0 ? "" : ",").append(last
                    ? "{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}"
                    : "{\"Code\":\"None\"}");
            codes.append(i == 0 ? "" : ", ").append(last ? "TransactionConflict" : "None");
        }
        String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons ["
                + codes + "]\",\"CancellationReasons\":[" + reasons + "]}";
        return response(400, "application/x-amz-json-1.0", body, "x-amzn-RequestId: " + requestId + "\r\n");
    }

    /** Writes {@code response} and flushes. */
    static void send(OutputStream out, byte[] response) throws IOException {
        out.write(response);
        out.flush();
    }

    private static byte[] json(int status, String contentType, String type, String message, String requestId) {
        String body = "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}";
        return response(status, contentType, body, "x-amzn-RequestId: " + requestId + "\r\n");
    }

    private static byte[] restJson(int status, String type, String message, String requestId) {
        String body = "{\"Message\":\"" + message + "\",\"message\":\"" + message + "\"}";
        return response(status, "application/json", body,
                "x-amzn-ErrorType: " + type + "\r\nx-amzn-RequestId: " + requestId + "\r\n");
    }

    private static byte[] query(int status, String code, String message, String requestId) {
        String body = QueryProtocol.error("http://sns.amazonaws.com/doc/2010-03-31/", status, code, message, requestId);
        return response(status, "text/xml", body, "x-amzn-RequestId: " + requestId + "\r\n");
    }

    private static byte[] s3(int status, String code, String message, String requestId) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>" + requestId + "</RequestId></Error>";
        return response(status, "application/xml", body, "x-amz-request-id: " + requestId + "\r\n");
    }

    private static byte[] response(int status, String contentType, String body, String extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n" + "Content-Type: " + contentType + "\r\n"
                + extraHeaders + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
        return all;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 429 -> "Too Many Requests";
            case 503 -> "Slow Down";
            default -> "Internal Server Error";
        };
    }
}
