package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Writes the side effects of one invocation under a folder: {@code sns/NNN.json}, {@code s3/BUCKET/KEY} (the exact
 * bytes) and {@code backup/NNN-OPERATION.json}, numbered from 001 in call order per kind. {@link CaptureInterceptor}
 * feeds it; {@link #activate} makes it the one the interceptor sees. A file that cannot be written is reported on
 * the diagnostics stream and the invocation goes on.
 */
final class CaptureSink {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile CaptureSink active;

    private final Path directory;
    private final PrintStream diagnostics;
    private final BiFunction<String, String, Optional<byte[]>> objectReader;
    private final Map<String, byte[]> written = new HashMap<>();
    private final Map<String, TreeMap<Integer, byte[]>> uploads = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int snsCount;
    private int backupCount;

    /**
     * @param objectReader reads an object that this invocation did not write (the source of a CopyObject)
     */
    CaptureSink(Path directory, PrintStream diagnostics, BiFunction<String, String, Optional<byte[]>> objectReader) {
        this.directory = directory;
        this.diagnostics = diagnostics;
        this.objectReader = objectReader;
    }

    /**
     * Prepares {@code directory}: created when missing, refused when it holds anything, so that a capture is never
     * mixed with or overwritten by another run's.
     */
    static void prepare(Path directory) throws UsageException {
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new UsageException("--capture " + directory + " is a file, not a folder");
            }
            Files.createDirectories(directory);
            List<String> present;
            try (var entries = Files.list(directory)) {
                present = entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")).sorted()
                        .toList();
            }
            if (!present.isEmpty()) {
                throw new UsageException("--capture " + directory + " already holds " + present
                        + "; give a new or empty folder (a capture never replaces or mixes with another)");
            }
        } catch (IOException e) {
            throw new UsageException("--capture " + directory + " cannot be prepared: " + e.getMessage());
        }
    }

    static void activate(CaptureSink sink) {
        active = sink;
    }

    static void deactivate() {
        active = null;
    }

    static Optional<CaptureSink> active() {
        return Optional.ofNullable(active);
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    synchronized void snsPublish(Map<String, Object> publish) {
        write(directory.resolve("sns").resolve(String.format("%03d.json", ++snsCount)), json(publish));
    }

    synchronized void backupCall(String operation, JsonNode request) {
        String name = String.format("%03d-%s.json", ++backupCount, operation);
        write(directory.resolve("backup").resolve(name), json(request));
    }

    synchronized void s3Object(String bucket, String key, byte[] bytes) {
        written.put(bucket + "/" + key, bytes);
        objectPath(bucket, key).ifPresent(path -> write(path, bytes));
    }

    synchronized void s3Copy(String sourceBucket, String sourceKey, String bucket, String key) {
        Optional<byte[]> bytes = Optional.ofNullable(written.get(sourceBucket + "/" + sourceKey))
                .or(() -> objectReader.apply(sourceBucket, sourceKey));
        if (bytes.isPresent()) {
            s3Object(bucket, key, bytes.get());
        } else {
            problem("CopyObject to s3://" + bucket + "/" + key + ": cannot read the source s3://" + sourceBucket + "/"
                    + sourceKey + " to capture it");
        }
    }

    synchronized void s3Part(String uploadId, int partNumber, byte[] bytes) {
        uploads.computeIfAbsent(uploadId, id -> new TreeMap<>()).put(partNumber, bytes);
    }

    synchronized void s3CompleteUpload(String bucket, String key, String uploadId, List<Integer> partNumbers) {
        TreeMap<Integer, byte[]> parts = uploads.remove(uploadId);
        if (parts == null || !parts.keySet().containsAll(partNumbers)) {
            problem("CompleteMultipartUpload of s3://" + bucket + "/" + key + ": its parts were not all uploaded"
                    + " through this invocation, so the object is not captured");
            return;
        }
        List<Integer> order = partNumbers.isEmpty() ? new ArrayList<>(parts.keySet()) : partNumbers;
        int size = order.stream().mapToInt(n -> parts.get(n).length).sum();
        byte[] object = new byte[size];
        int offset = 0;
        for (int number : order) {
            byte[] part = parts.get(number);
            System.arraycopy(part, 0, object, offset, part.length);
            offset += part.length;
        }
        s3Object(bucket, key, object);
    }

    /** DIR/s3/BUCKET/KEY; a key with empty, "." or ".." segments is kept in one file named by its URL encoding. */
    private Optional<Path> objectPath(String bucket, String key) {
        if (!bucket.matches("[A-Za-z0-9._-]+") || bucket.matches("\\.+")) {
            problem("S3 object in bucket '" + bucket + "': the bucket name is not usable as a folder name");
            return Optional.empty();
        }
        Path bucketDir = directory.resolve("s3").resolve(bucket);
        boolean plain = !key.isEmpty() && Arrays.stream(key.split("/", -1))
                .noneMatch(segment -> segment.isEmpty() || ".".equals(segment) || "..".equals(segment));
        Path path = plain ? bucketDir.resolve(key) : bucketDir.resolve(URLEncoder.encode(key, StandardCharsets.UTF_8));
        return Optional.of(path.normalize());
    }

    private void write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            problem("cannot write " + path + ": " + e.getMessage());
        }
    }

    private void problem(String message) {
        synchronized (problems) {
            problems.add(message);
        }
        diagnostics.println("local-invoke: capture: " + message);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
