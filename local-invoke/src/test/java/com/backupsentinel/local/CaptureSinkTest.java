package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureSinkTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private CaptureSink sink(Optional<byte[]> stored) {
        return new CaptureSink(temp, new PrintStream(diagnostics, true, StandardCharsets.UTF_8), (bucket, key) -> stored);
    }

    @Test
    void keepsKeysThatCouldLeaveTheFolderInOneUrlEncodedFile() throws IOException {
        CaptureSink sink = sink(Optional.empty());

        sink.s3Object("bucket", "../../etc/passwd", bytes("a"));
        sink.s3Object("bucket", "folder//double", bytes("b"));
        sink.s3Object("bucket", "plain/key.txt", bytes("c"));

        assertThat(CaptureTest.files(temp)).containsExactly("s3/bucket/..%2F..%2Fetc%2Fpasswd", "s3/bucket/folder%2F%2Fdouble",
                "s3/bucket/plain/key.txt");
    }

    @Test
    void assemblesMultipartUploadsInTheCompletedPartOrder() {
        CaptureSink sink = sink(Optional.empty());

        sink.s3Part("u1", 2, bytes("world"));
        sink.s3Part("u1", 1, bytes("hello "));
        sink.s3CompleteUpload("bucket", "greeting.txt", "u1", List.of(1, 2));

        assertThat(temp.resolve("s3/bucket/greeting.txt")).hasContent("hello world");
    }

    @Test
    void copiesFromWhatTheInvocationWroteOrReadsTheSourceFromS3() {
        CaptureSink sink = sink(Optional.of(bytes("stored before")));

        sink.s3Object("bucket", "new.txt", bytes("written now"));
        sink.s3Copy("bucket", "new.txt", "bucket", "copy-of-new.txt");
        sink.s3Copy("bucket", "old.txt", "other", "copy-of-old.txt");

        assertThat(temp.resolve("s3/bucket/copy-of-new.txt")).hasContent("written now");
        assertThat(temp.resolve("s3/other/copy-of-old.txt")).hasContent("stored before");
    }

    @Test
    void reportsWhatItCannotCaptureAndGoesOn() {
        CaptureSink sink = sink(Optional.empty());

        sink.s3Copy("bucket", "gone.txt", "bucket", "copy.txt");
        sink.s3CompleteUpload("bucket", "big.bin", "unknown-upload", List.of(1));

        assertThat(sink.problems()).containsExactly(
                "CopyObject to s3://bucket/copy.txt: cannot read the source s3://bucket/gone.txt to capture it",
                "CompleteMultipartUpload of s3://bucket/big.bin: its parts were not all uploaded through this invocation,"
                        + " so the object is not captured");
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .startsWith("local-invoke: capture: CopyObject to s3://bucket/copy.txt");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
