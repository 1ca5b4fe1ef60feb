package com.backupsentinel.local.zipcapture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * --capture for a function running from its zip: loaded by local invoke's CaptureLoader above the zip's loader, so it
 * links against the zip's SDK. It knows no service model: every successful call is handed over as the service and
 * operation names, the request as a tree of JDK values with the API's member names, and the body of object writes.
 * Local invoke's side (ZipCapture) decides what to record. Does nothing until local invoke sets {@link #sink}.
 */
public final class ZipCaptureInterceptor implements ExecutionInterceptor {

    /**
     * Receives "SERVICE:Operation" and {request tree, body bytes or null}; set by local invoke through reflection
     * (only JDK types cross the class loaders).
     */
    public static volatile BiConsumer<String, Object[]> sink;

    private static final ExecutionAttribute<byte[]> BODY = new ExecutionAttribute<>("BackupSentinelZipCapturedBody");

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context,
                                                   ExecutionAttributes attributes) {
        Optional<RequestBody> body = context.requestBody();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        boolean writesObject = "PutObject".equals(operation) || "UploadPart".equals(operation);
        if (sink == null || !writesObject || body.isEmpty()) {
            return body;
        }
        byte[] bytes;
        try (InputStream in = body.get().contentStreamProvider().newStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Capture could not read the request body", e);
        }
        attributes.putAttribute(BODY, bytes);
        return Optional.of(RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes), bytes.length,
                body.get().contentType()));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        BiConsumer<String, Object[]> current = sink;
        if (current == null || !(context.request() instanceof SdkPojo)) {
            return;
        }
        String call = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + ":"
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        current.accept(call, new Object[] {tree((SdkPojo) context.request()), attributes.getAttribute(BODY)});
    }

    /** Members set on {@code pojo}, by their API names; nested shapes, lists and maps as maps and lists. */
    static Map<String, Object> tree(SdkPojo pojo) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                tree.put(field.memberName(), value(value));
            }
        }
        return tree;
    }

    private static Object value(Object value) {
        if (value instanceof SdkPojo) {
            return tree((SdkPojo) value);
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>();
            ((List<?>) value).forEach(item -> list.add(item == null ? null : value(item)));
            return list;
        }
        if (value instanceof Map) {
            Map<String, Object> map = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((key, item) -> map.put(String.valueOf(key), item == null ? null : value(item)));
            return map;
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof String) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof SdkBytes) {
            return Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe());
        }
        return String.valueOf(value);
    }
}
