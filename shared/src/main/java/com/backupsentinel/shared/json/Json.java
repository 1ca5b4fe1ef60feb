package com.backupsentinel.shared.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson object-binding configuration, built on first use: records and java.time values. Code that only
 * reads and writes JSON trees uses {@link JsonTrees}, which needs no {@code ObjectMapper} (the notifier's cold path
 * never builds this one, nor loads the java.time module's 75 serializer and deserializer classes).
 */
public final class Json {

    private Json() {
    }

    /** Binds objects: java.time as ISO-8601 strings, unknown properties tolerated. Thread-safe; do not reconfigure. */
    public static ObjectMapper mapper() {
        return Binding.MAPPER;
    }

    /** Built when first asked for (the holder class initialises on first access). */
    private static final class Binding {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }
}
