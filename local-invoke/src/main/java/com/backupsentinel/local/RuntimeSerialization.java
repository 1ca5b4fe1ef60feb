package com.backupsentinel.local;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * JSON in and out the way the Lambda Java runtime does it: a {@link CustomPojoSerializer} from the function's
 * classpath when it ships one, else the runtime's serializers for aws-lambda-java-events types, else the
 * runtime's own Jackson configuration for everything else (POJOs, records, Map, String, ...).
 */
final class RuntimeSerialization {

    private final ClassLoader loader;
    private final Optional<CustomPojoSerializer> custom;

    RuntimeSerialization(ClassLoader loader) {
        this.loader = loader;
        Iterator<CustomPojoSerializer> found = ServiceLoader.load(CustomPojoSerializer.class, loader).iterator();
        this.custom = found.hasNext() ? Optional.of(found.next()) : Optional.empty();
    }

    Object fromJson(byte[] json, Type type) {
        if (type == Void.class || type == void.class) {
            return null;
        }
        if (custom.isPresent()) {
            return custom.get().fromJson(new ByteArrayInputStream(json), type);
        }
        return serializerFor(type).fromJson(new ByteArrayInputStream(json));
    }

    byte[] toJson(Object value, Type type) {
        if (value == null || type == Void.class || type == void.class) {
            return "null".getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (custom.isPresent()) {
            custom.get().toJson(value, out, type);
        } else {
            serializerFor(type).toJson(value, out);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private PojoSerializer<Object> serializerFor(Type type) {
        if (type instanceof Class && LambdaEventSerializers.isLambdaSupportedEvent(((Class<?>) type).getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) type, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
