package com.backupsentinel.shared.json;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A handler whose event and response are JSON objects. Lambda calls the stream method (the runtime prefers it for
 * {@code Class::handleRequest}): the event is read into a map and the response written from one with
 * {@link JsonMaps}, as the runtime would for a {@code RequestHandler<Map, Map>}, without the runtime's own
 * serialization set-up. Tests and tools call the map method.
 */
public interface MapEventHandler extends RequestStreamHandler {

    /** One invocation on an event already read into a map (null for JSON {@code null}). */
    Map<String, Object> handleRequest(Map<String, Object> event, Context context);

    @Override
    default void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonMaps.write(handleRequest(JsonMaps.readObject(input), context), output);
    }
}
