package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerMethodTest {

    private static final ClassLoader LOADER = HandlerMethodTest.class.getClassLoader();

    /** Binds its type arguments through a generic superclass, as Powertools-style base handlers do. */
    abstract static class BaseHandler<T> implements RequestHandler<T, SQSBatchResponse> {
    }

    public static final class BatchHandler extends BaseHandler<SQSEvent> {
        @Override
        public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
            return SQSBatchResponse.builder().build();
        }
    }

    public static final class MapHandler implements RequestHandler<Map<String, List<String>>, String> {
        @Override
        public String handleRequest(Map<String, List<String>> event, Context context) {
            return "";
        }
    }

    public static final class Overloaded {
        public String handle(String input) {
            return input;
        }

        public String handle(Integer input) {
            return input.toString();
        }
    }

    @Test
    void findsTheInputAndOutputTypesOfARequestHandlerThroughGenericSuperclasses() throws Exception {
        HandlerMethod method = HandlerMethod.find(BatchHandler.class.getName(), "handleRequest", LOADER);

        assertThat(method.stream()).isFalse();
        assertThat(method.inputType()).isEqualTo(SQSEvent.class);
        assertThat(method.outputType()).isEqualTo(SQSBatchResponse.class);
    }

    @Test
    void keepsParameterizedInputTypesForTheRuntimesJackson() throws Exception {
        HandlerMethod method = HandlerMethod.find(MapHandler.class.getName(), "handleRequest", LOADER);

        assertThat(method.inputType()).isInstanceOf(ParameterizedType.class);
        assertThat(method.inputType().getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.util.List<java.lang.String>>");
    }

    @Test
    void recognisesStreamHandlers() throws Exception {
        HandlerMethod method = HandlerMethod.find("com.backupsentinel.local.fixtures.StreamEchoHandler", "handleRequest",
                LOADER);

        assertThat(method.stream()).isTrue();
        assertThat(method.inputType()).isEqualTo(InputStream.class);
    }

    @Test
    void namesAMissingMethodAndAmbiguousOverloadsLikeTheRuntime() {
        assertThatThrownBy(() -> HandlerMethod.find(MapHandler.class.getName(), "process", LOADER))
                .isInstanceOf(HandlerLoadException.class)
                .hasMessage("No public method named process with appropriate method signature found on class "
                        + MapHandler.class.getName());
        assertThatThrownBy(() -> HandlerMethod.find(Overloaded.class.getName(), "handle", LOADER))
                .hasMessage("Class " + Overloaded.class.getName() + " has more than one public method named handle with 1"
                        + " parameters");
    }
}
