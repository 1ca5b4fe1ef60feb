package com.backupsentinel.standins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3Proxy with an in-memory blob store on 127.0.0.1: any credentials accepted, path-style addressing only
 * (clients must set {@code forcePathStyle(true)}).
 */
public final class S3StandIn implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStore store;
    private final URI endpoint;

    private S3StandIn(S3Proxy proxy, BlobStore store, URI endpoint) {
        this.proxy = proxy;
        this.store = store;
        this.endpoint = endpoint;
    }

    /** Starts an empty S3 on 127.0.0.1. */
    public static S3StandIn start() {
        BlobStore store = new TransientNio2BlobStore();
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .jettyMaxThreads(16)
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.onSpinWait();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start S3Proxy on 127.0.0.1: " + e.getMessage(), e);
        }
        return new S3StandIn(proxy, store, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Every object now stored, bucket by bucket, keys in S3 list order, with its content. */
    public List<StoredObject> objects() {
        List<StoredObject> objects = new ArrayList<>();
        for (Bucket bucket : store.list().buckets()) {
            String token = null;
            do {
                ListObjectsV2Response page = store.list(ListObjectsV2Request.builder()
                        .bucket(bucket.name()).continuationToken(token).build());
                for (S3Object object : page.contents()) {
                    objects.add(new StoredObject(bucket.name(), object.key(), read(bucket.name(), object.key())));
                }
                token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
            } while (token != null);
        }
        return objects;
    }

    private byte[] read(String bucket, String key) {
        try (InputStream in = store.getBlob(bucket, key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read s3://" + bucket + "/" + key + " from the S3 stand-in", e);
        }
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop S3Proxy: " + e.getMessage(), e);
        }
    }
}
