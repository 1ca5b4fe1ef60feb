package com.backupsentinel.validator.aws;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.validator.inventory.InventoryException;
import com.backupsentinel.validator.sources.BackupObjectStore;
import com.backupsentinel.validator.sources.BucketProtection;
import com.backupsentinel.validator.sources.LifecycleRule;
import com.backupsentinel.validator.sources.ObjectEncryption;
import com.backupsentinel.validator.sources.Probe;
import com.backupsentinel.validator.sources.SourceObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The backup buckets through the S3 API: ListObjectsV2 (1,000 keys a page) per day prefix, HeadObject for
 * encryption, and GetBucketVersioning, GetPublicAccessBlock, GetBucketLifecycleConfiguration and GetBucketPolicy
 * for protection. "Not configured" answers (NoSuchPublicAccessBlockConfiguration, NoSuchLifecycleConfiguration,
 * NoSuchBucketPolicy) are settings that are off; any other failure (AccessDenied, NotImplemented) makes the setting
 * not verifiable, with S3's error code.
 */
public final class S3BackupObjectStore implements BackupObjectStore {

    /** ListObjectsV2's largest page. */
    static final int PAGE_SIZE = 1000;

    private final S3Client s3;
    private final int pageSize;
    private final AtomicLong requests = new AtomicLong();

    public S3BackupObjectStore(S3Client s3) {
        this(s3, PAGE_SIZE);
    }

    S3BackupObjectStore(S3Client s3, int pageSize) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.pageSize = pageSize;
    }

    /** A client with path-style addressing when an endpoint override (the stand-ins, LocalStack) is set. */
    public static S3BackupObjectStore create(AwsClientFactory factory) {
        boolean override = factory.endpointFor("S3").isPresent();
        return new S3BackupObjectStore(S3Clients.build(factory,
                S3Client.builder().crossRegionAccessEnabled(!override)));
    }

    @Override
    public List<SourceObject> list(String bucket, String prefix) {
        List<SourceObject> objects = new ArrayList<>();
        String token = null;
        do {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(pageSize)
                    .continuationToken(token).build();
            ListObjectsV2Response page = call(() -> s3.listObjectsV2(request), "ListObjectsV2 s3://" + bucket + "/"
                    + prefix);
            for (S3Object object : page.contents()) {
                objects.add(new SourceObject(object.key(), object.size(), object.lastModified()));
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return objects;
    }

    @Override
    public ObjectEncryption encryption(String bucket, String key) {
        HeadObjectResponse head = call(() -> s3.headObject(r -> r.bucket(bucket).key(key)),
                "HeadObject s3://" + bucket + "/" + key);
        String algorithm = head.serverSideEncryptionAsString() == null ? "" : head.serverSideEncryptionAsString();
        return new ObjectEncryption(algorithm, Optional.ofNullable(head.ssekmsKeyId()));
    }

    @Override
    public BucketProtection protection(String bucket) {
        Probe<Boolean> versioning = probe("GetBucketVersioning", "", response -> response,
                () -> s3.getBucketVersioning(r -> r.bucket(bucket)).status() == BucketVersioningStatus.ENABLED, false);
        Probe<Boolean> publicAccess = probe("GetPublicAccessBlock", "NoSuchPublicAccessBlockConfiguration",
                response -> response, () -> allBlocked(s3.getPublicAccessBlock(r -> r.bucket(bucket))
                        .publicAccessBlockConfiguration()), false);
        Probe<List<LifecycleRule>> lifecycle = probe("GetBucketLifecycleConfiguration",
                "NoSuchLifecycleConfiguration", LifecycleRules::of,
                () -> s3.getBucketLifecycleConfiguration(r -> r.bucket(bucket)).rules(), List.of());
        Probe<Boolean> tls = probe("GetBucketPolicy", "NoSuchBucketPolicy", BucketPolicies::deniesInsecureTransport,
                () -> s3.getBucketPolicy(r -> r.bucket(bucket)).policy(), false);
        return new BucketProtection(versioning, publicAccess, lifecycle, tls);
    }

    @Override
    public long requests() {
        return requests.get();
    }

    private static boolean allBlocked(PublicAccessBlockConfiguration block) {
        return block != null && Boolean.TRUE.equals(block.blockPublicAcls())
                && Boolean.TRUE.equals(block.ignorePublicAcls()) && Boolean.TRUE.equals(block.blockPublicPolicy())
                && Boolean.TRUE.equals(block.restrictPublicBuckets());
    }

    /** Reads a setting; {@code absentCode} means "not configured" ({@code absent}), other failures not verifiable. */
    private <R, T> Probe<T> probe(String operation, String absentCode, Function<R, T> convert, Supplier<R> read,
                                  T absent) {
        requests.incrementAndGet();
        try {
            return Probe.of(convert.apply(read.get()));
        } catch (S3Exception e) {
            String code = code(e);
            if (code.equals(absentCode)) {
                return Probe.of(absent);
            }
            return Probe.unverifiable(operation + " failed: " + code);
        } catch (SdkException e) {
            return Probe.unverifiable(operation + " failed: " + e.getMessage());
        }
    }

    private <T> T call(Supplier<T> request, String what) {
        requests.incrementAndGet();
        try {
            return request.get();
        } catch (S3Exception e) {
            throw new InventoryException(what + " failed: " + code(e), e);
        } catch (SdkException e) {
            throw new InventoryException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** S3's error code, or the HTTP status when the response had no body (HEAD). */
    static String code(S3Exception e) {
        if (e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null) {
            return e.awsErrorDetails().errorCode();
        }
        return "HTTP " + e.statusCode();
    }
}
