package com.backupsentinel.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapEventHandlerTest {

    /** Answers with the event's action and the type the event's count was read as. */
    private static final MapEventHandler ECHO = (event, context) -> {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("action", event == null ? "none" : event.get("action"));
        response.put("countType", event == null ? "none" : event.get("count").getClass().getSimpleName());
        return response;
    };

    @Test
    void theStreamEntryPointReadsTheEventIntoAMapAndWritesTheResponseMap() throws IOException {
        assertThat(invoke("{\"action\":\"report\",\"count\":3}"))
                .isEqualTo("{\"action\":\"report\",\"countType\":\"Integer\"}");
        assertThat(invoke("null")).isEqualTo("{\"action\":\"none\",\"countType\":\"none\"}");
    }

    private static String invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ECHO.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, (Context) null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
