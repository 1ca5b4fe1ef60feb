package com.backupsentinel.ondemand.aws;

import com.backupsentinel.ondemand.service.Caller;
import com.backupsentinel.ondemand.service.ConfigBackupLocation;
import com.backupsentinel.ondemand.service.FailedJob;
import com.backupsentinel.ondemand.service.RequestKind;
import com.backupsentinel.ondemand.service.RequestRecord;
import com.backupsentinel.ondemand.service.SkippedResource;
import com.backupsentinel.ondemand.service.StartedJob;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link RequestRecord} to a DynamoDB item and back. Key: {@code pk} = {@code BACKUP} or {@code RESTORE},
 * {@code sk} = the request timestamp, so one Query lists a kind's requests in time order; {@code expiresAt}
 * (epoch seconds) is the table's TTL attribute.
 */
final class RequestItems {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String EXPIRES_AT = "expiresAt";
    static final String CALLER_ARN = "callerArn";
    static final String REQUEST_KEY = "requestKey";

    private RequestItems() {
    }

    static Map<String, AttributeValue> key(RequestKind kind, String timestamp) {
        return Map.of(PK, s(kind.name()), SK, s(timestamp));
    }

    static Map<String, AttributeValue> toItem(RequestRecord record) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(record.kind(), record.timestamp()));
        item.put("recordType", s("request"));
        item.put("requestedAt", s(record.requestedAt().toString()));
        item.put(EXPIRES_AT, n(record.expiresAt().getEpochSecond()));
        Caller caller = record.caller();
        item.put(CALLER_ARN, s(caller.userArn()));
        item.put("callerAccountId", s(caller.accountId()));
        item.put("callerId", s(caller.callerId()));
        item.put("principalOrgId", s(caller.principalOrgId()));
        item.put("sourceIp", s(caller.sourceIp()));
        item.put("userAgent", s(caller.userAgent()));
        item.put("onlyConfig", AttributeValue.fromBool(record.onlyConfig()));
        item.put("plannedResources", list(record.plannedResources(), RequestItems::s));
        record.sourceBackupTimestamp().ifPresent(value -> item.put("sourceBackupTimestamp", s(value)));
        record.sourceRecoveryPointArn().ifPresent(value -> item.put("sourceRecoveryPointArn", s(value)));
        item.put("jobs", list(record.jobs(), RequestItems::job));
        item.put("failures", list(record.failures(), RequestItems::failure));
        item.put("skipped", list(record.skipped(), RequestItems::skipped));
        if (!record.requestKey().isEmpty()) {
            item.put(REQUEST_KEY, s(record.requestKey()));
        }
        record.configBackup().ifPresent(location -> item.put("configBackup", AttributeValue.fromM(Map.of(
                "bucket", s(location.bucket()), "key", s(location.key()),
                "sections", list(location.sections(), RequestItems::s)))));
        return item;
    }

    static RequestRecord fromItem(Map<String, AttributeValue> item) {
        Caller caller = new Caller(text(item, CALLER_ARN), text(item, "callerAccountId"), text(item, "callerId"),
                text(item, "principalOrgId"), text(item, "sourceIp"), text(item, "userAgent"));
        return new RequestRecord(RequestKind.valueOf(text(item, PK)), text(item, SK),
                Instant.parse(text(item, "requestedAt")), caller, item.get("onlyConfig").bool(),
                strings(item.get("plannedResources")), optional(item, "sourceBackupTimestamp"),
                optional(item, "sourceRecoveryPointArn"),
                maps(item.get("jobs"), RequestItems::job), maps(item.get("failures"), RequestItems::failure),
                maps(item.get("skipped"), RequestItems::skipped),
                Optional.ofNullable(item.get("configBackup")).map(value -> new ConfigBackupLocation(
                        text(value.m(), "bucket"), text(value.m(), "key"), strings(value.m().get("sections")))),
                Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n())), optional(item, REQUEST_KEY).orElse(""));
    }

    private static AttributeValue job(StartedJob job) {
        return AttributeValue.fromM(Map.of("jobId", s(job.jobId()), "resourceArn", s(job.resourceArn()),
                "resourceType", s(job.resourceType()), "recoveryPointArn", s(job.recoveryPointArn()),
                "overrides", AttributeValue.fromM(job.overrides().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> s(e.getValue()))))));
    }

    private static StartedJob job(Map<String, AttributeValue> map) {
        return new StartedJob(text(map, "jobId"), text(map, "resourceArn"), text(map, "resourceType"),
                text(map, "recoveryPointArn"), map.get("overrides").m().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s())));
    }

    private static AttributeValue failure(FailedJob failure) {
        return AttributeValue.fromM(Map.of("resourceArn", s(failure.resourceArn()),
                "resourceType", s(failure.resourceType()), "recoveryPointArn", s(failure.recoveryPointArn()),
                "errorCode", s(failure.errorCode()), "message", s(failure.message())));
    }

    private static FailedJob failure(Map<String, AttributeValue> map) {
        return new FailedJob(text(map, "resourceArn"), text(map, "resourceType"), text(map, "recoveryPointArn"),
                text(map, "errorCode"), text(map, "message"));
    }

    private static AttributeValue skipped(SkippedResource resource) {
        return AttributeValue.fromM(Map.of("resourceArn", s(resource.resourceArn()),
                "resourceType", s(resource.resourceType()), "recoveryPointArn", s(resource.recoveryPointArn()),
                "reason", s(resource.reason())));
    }

    private static SkippedResource skipped(Map<String, AttributeValue> map) {
        return new SkippedResource(text(map, "resourceArn"), text(map, "resourceType"), text(map, "recoveryPointArn"),
                text(map, "reason"));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String text(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }

    private static Optional<String> optional(Map<String, AttributeValue> map, String name) {
        return Optional.ofNullable(map.get(name)).map(AttributeValue::s);
    }

    private static <T> AttributeValue list(List<T> values, Function<T, AttributeValue> mapper) {
        return AttributeValue.fromL(values.stream().map(mapper).collect(Collectors.toList()));
    }

    private static List<String> strings(AttributeValue value) {
        return value == null ? List.of() : value.l().stream().map(AttributeValue::s).collect(Collectors.toList());
    }

    private static <T> List<T> maps(AttributeValue value, Function<Map<String, AttributeValue>, T> mapper) {
        return value == null ? List.of() : value.l().stream().map(item -> mapper.apply(item.m()))
                .collect(Collectors.toList());
    }
}
