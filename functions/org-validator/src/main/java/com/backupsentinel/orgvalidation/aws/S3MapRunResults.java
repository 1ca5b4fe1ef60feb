package com.backupsentinel.orgvalidation.aws;

import com.backupsentinel.orgvalidation.aggregate.MapItemResult;
import com.backupsentinel.orgvalidation.aggregate.MapRunManifest;
import com.backupsentinel.orgvalidation.aggregate.MapRunResults;
import com.backupsentinel.orgvalidation.aggregate.ResultFile;
import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * {@link MapRunResults} over S3: the manifest read whole (it is small), each result file streamed element by element
 * with Jackson's parser (a result file can be hundreds of megabytes), as a JSON array or as JSON Lines.
 */
public final class S3MapRunResults implements MapRunResults {

    private final S3Client s3;

    public S3MapRunResults(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    @Override
    public MapRunManifest manifest(String bucket, String key) {
        JsonNode manifest;
        try (InputStream in = s3.getObject(request -> request.bucket(bucket).key(key))) {
            manifest = Json.mapper().readTree(in);
        } catch (NoSuchKeyException e) {
            throw new IllegalStateException("The ResultWriter manifest s3://" + bucket + "/" + key + " does not exist:"
                    + " the Map Run wrote none (did it run with a ResultWriter?)", e);
        } catch (IOException | SdkException e) {
            throw new IllegalStateException("Cannot read the ResultWriter manifest s3://" + bucket + "/" + key + ": "
                    + e.getMessage(), e);
        }
        if (manifest == null || !manifest.isObject() || !manifest.path("ResultFiles").isObject()) {
            throw new IllegalStateException("s3://" + bucket + "/" + key + " is not a ResultWriter manifest: it has no"
                    + " ResultFiles object");
        }
        Map<String, List<ResultFile>> files = new LinkedHashMap<>();
        manifest.path("ResultFiles").fields().forEachRemaining(status -> {
            List<ResultFile> list = new ArrayList<>();
            for (JsonNode file : status.getValue()) {
                if (file.hasNonNull("Key")) {
                    list.add(new ResultFile(file.get("Key").asText(), file.path("Size").asLong()));
                }
            }
            files.put(status.getKey(), list);
        });
        return new MapRunManifest(manifest.path("DestinationBucket").asText(bucket),
                manifest.path("MapRunArn").asText(""), files);
    }

    @Override
    public void read(String bucket, ResultFile file, Consumer<MapItemResult> each) {
        try (InputStream in = s3.getObject(request -> request.bucket(bucket).key(file.key()));
             JsonParser parser = Json.mapper().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    each.accept(item(parser.readValueAsTree()));
                }
            } else {
                do {
                    if (parser.currentToken() == JsonToken.START_OBJECT) {
                        each.accept(item(parser.readValueAsTree()));
                    }
                } while (parser.nextToken() != null);
            }
        } catch (IOException | SdkException e) {
            throw new IllegalStateException("Cannot read the result file s3://" + bucket + "/" + file.key() + ": "
                    + e.getMessage(), e);
        }
    }

    private static MapItemResult item(JsonNode node) {
        return new MapItemResult(node.path("Status").asText(""), text(node, "Input"), text(node, "Output"),
                text(node, "Error"), text(node, "Cause"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isTextual() ? value.asText() : value.toString());
    }
}
