package com.backupsentinel.ondemand.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The request body as text: base64 decoded when API Gateway encoded it, refused (413) when too large. The size is
 * checked before anything else looks at the body (a character is at least one UTF-8 byte, so a body of more
 * characters than bytes allowed is refused without encoding it).
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static Optional<String> text(ApiRequest request, int maxBytes) {
        if (request.body().isEmpty()) {
            return Optional.empty();
        }
        String raw = request.body().get();
        byte[] bytes;
        if (request.base64Encoded()) {
            if (raw.length() > (maxBytes + 2) / 3 * 4 + 4) {
                throw tooLarge(maxBytes);
            }
            try {
                bytes = Base64.getDecoder().decode(raw);
            } catch (IllegalArgumentException e) {
                throw HttpProblem.badRequest("body", "body is marked base64-encoded but is not valid base64");
            }
        } else {
            if (raw.length() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            bytes = raw.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static HttpProblem tooLarge(int maxBytes) {
        return new HttpProblem(413, "body", "body is larger than " + maxBytes + " bytes");
    }
}
