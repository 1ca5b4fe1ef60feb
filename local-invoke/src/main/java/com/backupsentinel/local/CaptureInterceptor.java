package com.backupsentinel.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequest;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Records side effects for {@code --capture}: every successful SNS Publish/PublishBatch, S3 object write
 * (PutObject, CopyObject, multipart upload) and AWS Backup Start and Stop call of any SDK client in the process.
 * The SDK loads it from {@code software/amazon/awssdk/global/handlers/execution.interceptors}, so handlers need no
 * change; it does nothing unless local invoke activated a {@link CaptureSink}.
 */
public final class CaptureInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<byte[]> BODY = new ExecutionAttribute<>("BackupSentinelCapturedBody");
    private static final String BACKUP_MODEL_PACKAGE = "software.amazon.awssdk.services.backup.model.";

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context,
                                                   ExecutionAttributes attributes) {
        Optional<RequestBody> body = context.requestBody();
        boolean writesObject = context.request() instanceof PutObjectRequest
                || context.request() instanceof UploadPartRequest;
        if (CaptureSink.active().isEmpty() || !writesObject || body.isEmpty()) {
            return body;
        }
        byte[] bytes;
        try (InputStream in = body.get().contentStreamProvider().newStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Capture could not read the S3 request body", e);
        }
        attributes.putAttribute(BODY, bytes);
        // the stream is read now; hand the SDK the same bytes again, with the content type the call declared
        return Optional.of(RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes), bytes.length,
                body.get().contentType()));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Optional<CaptureSink> active = CaptureSink.active();
        if (active.isEmpty()) {
            return;
        }
        CaptureSink sink = active.get();
        SdkRequest request = context.request();
        if (request instanceof PublishRequest) {
            sink.snsPublish(publish((PublishRequest) request));
        } else if (request instanceof PublishBatchRequest) {
            PublishBatchRequest batch = (PublishBatchRequest) request;
            batch.publishBatchRequestEntries().forEach(entry -> sink.snsPublish(publish(batch.topicArn(), entry)));
        } else if (request instanceof PutObjectRequest) {
            PutObjectRequest put = (PutObjectRequest) request;
            sink.s3Object(put.bucket(), put.key(), bodyOf(attributes));
        } else if (request instanceof UploadPartRequest) {
            UploadPartRequest part = (UploadPartRequest) request;
            sink.s3Part(part.uploadId(), part.partNumber(), bodyOf(attributes));
        } else if (request instanceof CompleteMultipartUploadRequest) {
            complete(sink, (CompleteMultipartUploadRequest) request);
        } else if (request instanceof CopyObjectRequest) {
            copy(sink, (CopyObjectRequest) request);
        } else if (request.getClass().getName().startsWith(BACKUP_MODEL_PACKAGE)) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            if (operation != null && (operation.startsWith("Start") || operation.startsWith("Stop"))) {
                sink.backupCall(operation, SdkRequestJson.of((SdkPojo) request));
            }
        }
    }

    private static byte[] bodyOf(ExecutionAttributes attributes) {
        byte[] body = attributes.getAttribute(BODY);
        return body == null ? new byte[0] : body;
    }

    private static Map<String, Object> publish(PublishRequest request) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("topicArn", request.topicArn());
        putIfSet(record, "targetArn", request.targetArn());
        putIfSet(record, "phoneNumber", request.phoneNumber());
        record.put("subject", request.subject());
        record.put("message", request.message());
        record.put("messageStructure", request.messageStructure());
        record.put("messageAttributes", attributes(request.messageAttributes()));
        putIfSet(record, "messageGroupId", request.messageGroupId());
        putIfSet(record, "messageDeduplicationId", request.messageDeduplicationId());
        return record;
    }

    private static Map<String, Object> publish(String topicArn, PublishBatchRequestEntry entry) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("topicArn", topicArn);
        record.put("subject", entry.subject());
        record.put("message", entry.message());
        record.put("messageStructure", entry.messageStructure());
        record.put("messageAttributes", attributes(entry.messageAttributes()));
        putIfSet(record, "messageGroupId", entry.messageGroupId());
        putIfSet(record, "messageDeduplicationId", entry.messageDeduplicationId());
        return record;
    }

    private static Map<String, Object> attributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, Object> result = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("dataType", value.dataType());
            putIfSet(attribute, "stringValue", value.stringValue());
            if (value.binaryValue() != null) {
                attribute.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
            }
            result.put(name, attribute);
        });
        return result;
    }

    private static void putIfSet(Map<String, Object> record, String name, Object value) {
        if (value != null) {
            record.put(name, value);
        }
    }

    private static void complete(CaptureSink sink, CompleteMultipartUploadRequest request) {
        List<Integer> parts = request.multipartUpload() == null ? List.of()
                : request.multipartUpload().parts().stream().map(CompletedPart::partNumber).collect(Collectors.toList());
        sink.s3CompleteUpload(request.bucket(), request.key(), request.uploadId(), parts);
    }

    /**
     * The S3 client turns sourceBucket/sourceKey into the encoded copySource before sending; read either (copySource
     * is deprecated for callers, not for what the client sends).
     */
    @SuppressWarnings("deprecation")
    private static void copy(CaptureSink sink, CopyObjectRequest request) {
        String bucket = request.sourceBucket();
        String key = request.sourceKey();
        if (bucket == null) {
            String source = URLDecoder.decode(request.copySource().split("\\?", 2)[0], StandardCharsets.UTF_8);
            source = source.startsWith("/") ? source.substring(1) : source;
            int slash = source.indexOf('/');
            bucket = source.substring(0, Math.max(slash, 0));
            key = source.substring(slash + 1);
        }
        sink.s3Copy(bucket, key, request.destinationBucket(), request.destinationKey());
    }
}
