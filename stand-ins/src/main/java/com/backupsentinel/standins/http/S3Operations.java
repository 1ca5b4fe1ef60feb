package com.backupsentinel.standins.http;

import java.util.List;
import java.util.Map;

/**
 * The S3 operation of a path-style request ({@code /BUCKET/KEY?subresource}), for the calls this suite makes and
 * the common bucket sub-resources. Anything else is named {@code METHOD /path} by the caller.
 */
final class S3Operations {

    private static final Map<String, String> GET_BUCKET = Map.ofEntries(
            Map.entry("versioning", "GetBucketVersioning"),
            Map.entry("lifecycle", "GetBucketLifecycleConfiguration"),
            Map.entry("policy", "GetBucketPolicy"),
            Map.entry("policyStatus", "GetBucketPolicyStatus"),
            Map.entry("encryption", "GetBucketEncryption"),
            Map.entry("location", "GetBucketLocation"),
            Map.entry("versions", "ListObjectVersions"),
            Map.entry("object-lock", "GetObjectLockConfiguration"),
            Map.entry("publicAccessBlock", "GetPublicAccessBlock"),
            Map.entry("replication", "GetBucketReplication"),
            Map.entry("tagging", "GetBucketTagging"),
            Map.entry("notification", "GetBucketNotificationConfiguration"),
            Map.entry("acl", "GetBucketAcl"),
            Map.entry("uploads", "ListMultipartUploads"));
    private static final Map<String, String> PUT_BUCKET = Map.ofEntries(
            Map.entry("versioning", "PutBucketVersioning"),
            Map.entry("lifecycle", "PutBucketLifecycleConfiguration"),
            Map.entry("policy", "PutBucketPolicy"),
            Map.entry("encryption", "PutBucketEncryption"),
            Map.entry("object-lock", "PutObjectLockConfiguration"),
            Map.entry("publicAccessBlock", "PutPublicAccessBlock"),
            Map.entry("tagging", "PutBucketTagging"),
            Map.entry("notification", "PutBucketNotificationConfiguration"),
            Map.entry("acl", "PutBucketAcl"));

    private S3Operations() {
    }

    static String of(String method, List<String> segments, Map<String, String> query, boolean copySource) {
        if (segments.isEmpty()) {
            return method.equals("GET") ? "ListBuckets" : method + " /";
        }
        return segments.size() == 1 ? bucket(method, query) : object(method, query, copySource);
    }

    private static String bucket(String method, Map<String, String> query) {
        switch (method) {
            case "GET":
                for (Map.Entry<String, String> sub : GET_BUCKET.entrySet()) {
                    if (query.containsKey(sub.getKey())) {
                        return sub.getValue();
                    }
                }
                return "2".equals(query.get("list-type")) ? "ListObjectsV2" : "ListObjects";
            case "PUT":
                for (Map.Entry<String, String> sub : PUT_BUCKET.entrySet()) {
                    if (query.containsKey(sub.getKey())) {
                        return sub.getValue();
                    }
                }
                return "CreateBucket";
            case "HEAD":
                return "HeadBucket";
            case "DELETE":
                return query.containsKey("policy") ? "DeleteBucketPolicy" : "DeleteBucket";
            case "POST":
                return query.containsKey("delete") ? "DeleteObjects" : "POST bucket";
            default:
                return method + " bucket";
        }
    }

    private static String object(String method, Map<String, String> query, boolean copySource) {
        switch (method) {
            case "GET":
                return query.containsKey("tagging") ? "GetObjectTagging" : query.containsKey("retention")
                        ? "GetObjectRetention" : query.containsKey("attributes") ? "GetObjectAttributes" : "GetObject";
            case "HEAD":
                return "HeadObject";
            case "PUT":
                if (query.containsKey("tagging")) {
                    return "PutObjectTagging";
                }
                if (query.containsKey("partNumber")) {
                    return copySource ? "UploadPartCopy" : "UploadPart";
                }
                return copySource ? "CopyObject" : "PutObject";
            case "DELETE":
                return query.containsKey("uploadId") ? "AbortMultipartUpload" : "DeleteObject";
            case "POST":
                return query.containsKey("uploads") ? "CreateMultipartUpload" : query.containsKey("uploadId")
                        ? "CompleteMultipartUpload" : "POST object";
            default:
                return method + " object";
        }
    }
}
