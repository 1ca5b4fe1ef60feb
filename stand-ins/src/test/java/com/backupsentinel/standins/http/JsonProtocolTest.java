package com.backupsentinel.standins.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonProtocolTest {

    /** A service's error as a stand-in builds it from the code and the message. */
    private static final class ServiceError extends RuntimeException {

        private final String code;

        ServiceError(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    @Test
    void readsAnEmptyBodyAsAnEmptyObjectAndAnObjectAsItIs() {
        assertThat(JsonProtocol.body("", "InvalidInputException", ServiceError::new).isEmpty()).isTrue();
        assertThat(JsonProtocol.body("{\"MaxResults\":5}", "InvalidInputException", ServiceError::new)
                .get("MaxResults").asInt()).isEqualTo(5);
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationExceptionAndOneThatIsNotAnObjectTheServicesInvalidInput() {
        assertThatThrownBy(() -> JsonProtocol.body("{\"MaxResults\":", "InvalidInputException", ServiceError::new))
                .isInstanceOfSatisfying(ServiceError.class, e -> assertThat(e.code).isEqualTo("SerializationException"))
                .hasMessage("The request body is not valid JSON");
        assertThatThrownBy(() -> JsonProtocol.body("[1]", "InvalidParameterException", ServiceError::new))
                .isInstanceOfSatisfying(ServiceError.class, e -> assertThat(e.code)
                        .isEqualTo("InvalidParameterException"))
                .hasMessage("The request body must be a JSON object");
    }

    @Test
    void theErrorDocumentCarriesTheCodeAsTypeAndTheMessage() {
        assertThat(JsonProtocol.error("TooManyRequestsException", "slow down <now>").toString())
                .isEqualTo("{\"__type\":\"TooManyRequestsException\",\"Message\":\"slow down <now>\"}");
    }
}
