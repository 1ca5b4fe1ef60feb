package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in events/FUNCTION/ deserializes, the way the Lambda Java runtime does it, into the input type of
 * that function's handler as its zip holds it, and keeps content (an event of the wrong shape would come out empty).
 */
class EventFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyEventFileDeserializesIntoItsHandlersInputType() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : ProjectFunctions.ids()) {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            ClassLoader loader = FunctionLoaders.of(function, getClass().getClassLoader());
            HandlerInvoker invoker = new HandlerInvoker(loader);
            RuntimeSerialization serialization = new RuntimeSerialization(loader);
            Path folder = ProjectFunctions.ROOT.resolve("events").resolve(ProjectFunctions.module(function).orElse(id));
            for (Path file : eventFiles(folder)) {
                if (!ProjectFunctions.isSampleOf(id, file)) {
                    continue;
                }
                tests.add(dynamicTest(ProjectFunctions.ROOT.relativize(file).toString(), () -> {
                    byte[] event = Files.readAllBytes(file);
                    HandlerInvoker.Prepared prepared = invoker.prepare(function, event);
                    assertThat(prepared.loadError()).as("%s handler", id).isEmpty();
                    assertThat(prepared.parseError()).as("%s parses as %s", file, prepared.method().get().inputType())
                            .isEmpty();
                    HandlerMethod method = prepared.method().orElseThrow();
                    if (method.stream()) {
                        assertThat(JSON.readTree(event)).as("%s is JSON", file).isNotNull();
                        return;
                    }
                    assertThat(prepared.input()).as("%s as %s", file, method.inputType())
                            .isInstanceOf(rawClass(method.inputType()));
                    JsonNode roundTrip = JSON.readTree(serialization.toJson(prepared.input(), method.inputType()));
                    assertThat(hasContent(roundTrip)).as("%s keeps content as %s: %s", file, method.inputType(), roundTrip)
                            .isTrue();
                }));
            }
        }
        return tests.stream();
    }

    private static List<Path> eventFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return type instanceof Class ? (Class<?>) type : Object.class;
    }

    private static boolean hasContent(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (hasContent(child)) {
                    return true;
                }
            }
            return false;
        }
        return !node.isNull() && !node.isMissingNode();
    }
}
