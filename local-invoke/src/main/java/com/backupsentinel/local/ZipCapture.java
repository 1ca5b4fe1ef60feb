package com.backupsentinel.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Local invoke's side of --capture for functions running from their zips: turns what the zip's
 * {@code ZipCaptureInterceptor} hands over (service, operation, request members, body) into the same records as
 * {@link CaptureInterceptor} writes for functions on the classpath: SNS publishes, S3 object writes and AWS Backup
 * Start and Stop calls.
 */
final class ZipCapture implements BiConsumer<String, Object[]> {

    private static final String INTERCEPTOR = "com.backupsentinel.local.zipcapture.ZipCaptureInterceptor";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Connects the zip's interceptor, as the function's code loader ({@code codeLoader}, see
     * {@link FunctionLoaders#code}) sees it, to the active capture sink, when {@code functionLoader} is a zip function's.
     */
    static void connect(ClassLoader functionLoader, ClassLoader codeLoader) {
        if (!(functionLoader instanceof ZipFunctionLoader)) {
            return;
        }
        try {
            Class.forName(INTERCEPTOR, true, codeLoader).getField("sink").set(null, new ZipCapture());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot connect --capture to " + INTERCEPTOR, e);
        }
    }

    @Override
    public void accept(String call, Object[] captured) {
        Optional<CaptureSink> active = CaptureSink.active();
        if (active.isEmpty()) {
            return;
        }
        CaptureSink sink = active.get();
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) captured[0];
        byte[] body = captured[1] == null ? new byte[0] : (byte[]) captured[1];
        // the SDK's service names: Sns, S3, Backup, DynamoDb
        String service = call.substring(0, call.indexOf(':')).toUpperCase(Locale.ROOT);
        String operation = call.substring(call.indexOf(':') + 1);
        switch (service + ":" + operation) {
            case "SNS:Publish" -> sink.snsPublish(publish(request, text(request, "TopicArn")));
            case "SNS:PublishBatch" -> list(request, "PublishBatchRequestEntries").forEach(entry ->
                    sink.snsPublish(publish(entry, text(request, "TopicArn"))));
            case "S3:PutObject" -> sink.s3Object(text(request, "Bucket"), text(request, "Key"), body);
            case "S3:UploadPart" -> sink.s3Part(text(request, "UploadId"), ((Number) request.get("PartNumber")).intValue(),
                    body);
            case "S3:CompleteMultipartUpload" -> sink.s3CompleteUpload(text(request, "Bucket"), text(request, "Key"),
                    text(request, "UploadId"), partNumbers(request));
            case "S3:CopyObject" -> copy(sink, request);
            default -> {
                if ("BACKUP".equals(service) && (operation.startsWith("Start") || operation.startsWith("Stop"))) {
                    sink.backupCall(operation, JSON.valueToTree(request));
                }
            }
        }
    }

    /** The record CaptureInterceptor writes for a publish, from the request's (or a batch entry's) members. */
    private static Map<String, Object> publish(Map<String, Object> members, String topicArn) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("topicArn", topicArn);
        putIfSet(record, "targetArn", members.get("TargetArn"));
        putIfSet(record, "phoneNumber", members.get("PhoneNumber"));
        record.put("subject", members.get("Subject"));
        record.put("message", members.get("Message"));
        record.put("messageStructure", members.get("MessageStructure"));
        Map<String, Object> attributes = new LinkedHashMap<>();
        map(members, "MessageAttributes").forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> attribute = (Map<String, Object>) value;
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("dataType", attribute.get("DataType"));
            putIfSet(written, "stringValue", attribute.get("StringValue"));
            putIfSet(written, "binaryValue", attribute.get("BinaryValue"));
            attributes.put(name, written);
        });
        record.put("messageAttributes", attributes);
        putIfSet(record, "messageGroupId", members.get("MessageGroupId"));
        putIfSet(record, "messageDeduplicationId", members.get("MessageDeduplicationId"));
        return record;
    }

    /** The S3 client turns SourceBucket/SourceKey into the encoded CopySource before sending: read either. */
    private static void copy(CaptureSink sink, Map<String, Object> request) {
        String bucket = text(request, "SourceBucket");
        String key = text(request, "SourceKey");
        if (bucket == null && request.get("CopySource") != null) {
            String source = URLDecoder.decode(text(request, "CopySource").split("\\?", 2)[0], StandardCharsets.UTF_8);
            source = source.startsWith("/") ? source.substring(1) : source;
            int slash = source.indexOf('/');
            bucket = source.substring(0, Math.max(slash, 0));
            key = source.substring(slash + 1);
        }
        sink.s3Copy(bucket, key, text(request, "DestinationBucket"), text(request, "DestinationKey"));
    }

    private static List<Integer> partNumbers(Map<String, Object> request) {
        List<Integer> numbers = new ArrayList<>();
        list(map(request, "MultipartUpload"), "Parts").forEach(part -> numbers.add(((Number) part.get("PartNumber"))
                .intValue()));
        return numbers;
    }

    private static String text(Map<String, Object> members, String name) {
        Object value = members.get(name);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> members, String name) {
        Object value = members.get(name);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> members, String name) {
        Object value = members.get(name);
        return value instanceof List ? (List<Map<String, Object>>) value : List.of();
    }

    private static void putIfSet(Map<String, Object> record, String name, Object value) {
        if (value != null) {
            record.put(name, value);
        }
    }
}
