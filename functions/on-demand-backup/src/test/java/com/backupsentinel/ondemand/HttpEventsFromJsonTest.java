package com.backupsentinel.ondemand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.ondemand.api.ApiResponse;
import com.backupsentinel.shared.json.JsonMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The event read as JSON makes the same request as the event the Lambda runtime deserializes from it. */
class HttpEventsFromJsonTest {

    static Stream<String> everySampleEvent() throws IOException {
        try (Stream<Path> files = Files.list(Events.folder())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("everySampleEvent")
    void everySampleMakesTheRequestItsRuntimeDeserializedEventMakes(String name) throws IOException {
        try (InputStream json = Files.newInputStream(Events.folder().resolve(name))) {
            assertThat(HttpEvents.toRequest(JsonMaps.readObject(json)))
                    .isEqualTo(HttpEvents.toRequest(Events.load(name)));
        }
    }

    @Test
    void aNullEventIsARequestForNothing() {
        assertThat(HttpEvents.toRequest((Map<String, Object>) null).method()).isEmpty();
        assertThat(HttpEvents.toRequest((Map<String, Object>) null).path()).isEqualTo("/");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsRefusedNamingIt() throws IOException {
        Map<String, Object> event = read("{\"rawPath\":{\"not\":\"text\"}}");
        Map<String, Object> context = read("{\"requestContext\":[1]}");

        assertThatThrownBy(() -> HttpEvents.toRequest(event)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The event's rawPath must be a string, not an object");
        assertThatThrownBy(() -> HttpEvents.toRequest(context)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The event's requestContext must be a JSON object");
    }

    @Test
    void theResponseIsWrittenAsApiGatewayReadsPayload2Responses() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonMaps.write(HttpEvents.toResponseMap(new ApiResponse(202, headers, "{\"ok\":true}")), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"statusCode\":202,\"headers\":"
                + "{\"Content-Type\":\"application/json\"},\"body\":\"{\\\"ok\\\":true}\",\"isBase64Encoded\":false}");
    }

    private static Map<String, Object> read(String json) throws IOException {
        return JsonMaps.readObject(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
