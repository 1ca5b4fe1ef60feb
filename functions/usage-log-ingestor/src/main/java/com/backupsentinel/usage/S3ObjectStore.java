package com.backupsentinel.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link ObjectStore} over S3: one bucket, path-style when an endpoint override is set (see ProductionWiring). */
final class S3ObjectStore implements ObjectStore {

    private static final int BUFFER = 8192;

    private final S3Client s3;
    private final String bucket;

    S3ObjectStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public FetchedObject fetch(String key, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> in = open(key)) {
            GetObjectResponse response = in.response();
            String etag = ObjectCreatedEvents.unquote(Objects.requireNonNullElse(response.eTag(), ""));
            long declared = response.contentLength() == null ? -1 : response.contentLength();
            if (declared > maxBytes) {
                in.abort();
                return new FetchedObject(Optional.empty(), declared, etag);
            }
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                in.abort();
                return new FetchedObject(Optional.empty(), Math.max(declared, content.length), etag);
            }
            return new FetchedObject(Optional.of(content), content.length, etag);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + location(key), e);
        }
    }

    @Override
    public ObjectDigest md5(String key) {
        try (ResponseInputStream<GetObjectResponse> in = open(key);
             DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("MD5"))) {
            long size = drain(digesting);
            Instant lastModified = Objects.requireNonNullElse(in.response().lastModified(), Instant.EPOCH);
            return new ObjectDigest(HexFormat.of().formatHex(digesting.getMessageDigest().digest()), size,
                    lastModified, Optional.ofNullable(in.response().versionId()).filter(v -> !"null".equals(v)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + location(key), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }

    @Override
    public void copy(String sourceKey, String targetKey) {
        try {
            s3.copyObject(CopyObjectRequest.builder()
                    .sourceBucket(bucket).sourceKey(sourceKey)
                    .destinationBucket(bucket).destinationKey(targetKey).build());
        } catch (S3Exception e) {
            throw missingOr(e, sourceKey);
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromBytes(content));
    }

    @Override
    public ObjectPage list(String prefix, Optional<String> startAfter, int maxKeys) {
        ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                .bucket(bucket).prefix(prefix).maxKeys(maxKeys);
        startAfter.ifPresent(request::startAfter);
        ListObjectsV2Response response = s3.listObjectsV2(request.build());
        List<ListedObject> objects = response.contents().stream()
                .map(o -> new ListedObject(o.key(), o.size() == null ? 0 : o.size(),
                        ObjectCreatedEvents.unquote(Objects.requireNonNullElse(o.eTag(), "")),
                        Objects.requireNonNullElse(o.lastModified(), Instant.EPOCH)))
                .collect(Collectors.toList());
        return new ObjectPage(objects, Boolean.TRUE.equals(response.isTruncated()));
    }

    private ResponseInputStream<GetObjectResponse> open(String key) {
        try {
            return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (S3Exception e) {
            throw missingOr(e, key);
        }
    }

    private RuntimeException missingOr(S3Exception e, String key) {
        if (e.statusCode() == 404) {
            return new ObjectMissingException(location(key) + " does not exist (S3 answered "
                    + Objects.requireNonNullElse(e.awsErrorDetails() == null ? null
                    : e.awsErrorDetails().errorCode(), "404") + ")");
        }
        return e;
    }

    private String location(String key) {
        return "s3://" + bucket + "/" + key;
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
        }
        return total;
    }
}
