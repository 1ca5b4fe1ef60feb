package com.backupsentinel.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-table layout of UsageTable (pk S hash, sk S range); every item also has {@code type}.
 * <pre>
 * type            pk                        sk                                  holds
 * CUSTOMER        CUSTOMERS                 &lt;customer&gt;                          customers a report covers
 * DAILY           CUSTOMER#&lt;customer&gt;       DAY#&lt;yyyy-MM-dd&gt;#USER#&lt;user&gt;        the CSV row of that day
 * DEPLOYMENT      CUSTOMER#&lt;customer&gt;       DEPLOYMENT#&lt;deployedAt&gt;#&lt;file&gt;       every deployment
 * CONFIG_USE      CUSTOMER#&lt;customer&gt;       USES#&lt;md5&gt;#&lt;deployedAt&gt;#&lt;file&gt;       deployments of a version
 * CONFIG_VERSION  CUSTOMER#&lt;customer&gt;       CONFIG#&lt;md5&gt;                        a config.yaml version
 * OBJECT          OBJECT#&lt;key&gt;              OBJECT                              ledger: key + ETag done
 * </pre>
 * {@code deployedAt} in keys is the fixed-width UTC time of {@link Deployment#FIXED_INSTANT}, so key order is time
 * order. One query answers each question: a customer's rows in a date range, deployments on a day, the deployments
 * of one config version, a customer's config versions.
 */
final class UsageItems {

    static final String PK = "pk";
    static final String SK = "sk";
    static final String TYPE = "type";
    static final String CUSTOMERS_PK = "CUSTOMERS";

    private UsageItems() {
    }

    static String customerPk(String customer) {
        return "CUSTOMER#" + customer;
    }

    static String dailySk(LocalDate date, String user) {
        return "DAY#" + date + "#USER#" + user;
    }

    static String dayPrefix() {
        return "DAY#";
    }

    /** Sorts after every DAILY key of {@code date} ('$' follows '#') and before the next day's. */
    static String dayUpperBound(LocalDate date) {
        return "DAY#" + date + "$";
    }

    static String deploymentSk(Deployment deployment) {
        return "DEPLOYMENT#" + deployment.deployedAtText() + "#" + deployment.key().fileName();
    }

    static String deploymentsOnPrefix(LocalDate date) {
        return "DEPLOYMENT#" + date + "T";
    }

    static String usesSk(Deployment deployment) {
        return usesPrefix(deployment.log().configHash()) + deployment.deployedAtText() + "#"
                + deployment.key().fileName();
    }

    static String usesPrefix(String md5) {
        return "USES#" + md5 + "#";
    }

    static String configSk(String md5) {
        return "CONFIG#" + md5;
    }

    static String configPrefix() {
        return "CONFIG#";
    }

    static String objectPk(String key) {
        return "OBJECT#" + key;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    /** The attributes a DEPLOYMENT, CONFIG_USE and DAILY item share. */
    static Map<String, AttributeValue> deploymentAttributes(Deployment deployment, String type, String pk, String sk) {
        UsageLog log = deployment.log();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(pk));
        item.put(SK, s(sk));
        item.put(TYPE, s(type));
        item.put("customer", s(log.customer()));
        item.put("deployedAt", s(deployment.deployedAtText()));
        item.put("date", s(log.date().toString()));
        item.put("user", s(log.user()));
        item.put("userArn", s(log.userArn()));
        item.put("userId", s(log.userId()));
        item.put("configHash", s(log.configHash()));
        item.put("additionalUsersCount", n(log.additionalUsersCount()));
        item.put("projectName", s(log.projectName()));
        item.put("clusterName", s(log.clusterName()));
        item.put("sourceKey", s(deployment.key().key()));
        item.put("etag", s(deployment.etag()));
        item.put("rank", s(deployment.rank()));
        return item;
    }

    static DeploymentRecord toDeploymentRecord(Map<String, AttributeValue> item) {
        return new DeploymentRecord(str(item, "customer"), Instant.parse(str(item, "deployedAt")), str(item, "user"),
                str(item, "userArn"), str(item, "configHash"), Integer.parseInt(item.get("additionalUsersCount").n()),
                str(item, "projectName"), str(item, "clusterName"), str(item, "sourceKey"));
    }

    static LatestDeployment toLatest(Map<String, AttributeValue> item) {
        UsageRow row = new UsageRow(LocalDate.parse(str(item, "date")), str(item, "customer"), str(item, "user"),
                Integer.parseInt(item.get("additionalUsersCount").n()), str(item, "projectName"),
                str(item, "clusterName"));
        return new LatestDeployment(row, str(item, "configHash"), str(item, "sourceKey"));
    }

    static Map<String, AttributeValue> configVersionItem(ConfigVersion version) {
        Map<String, AttributeValue> item = new HashMap<>(key(customerPk(version.customer()), configSk(version.md5())));
        item.put(TYPE, s("CONFIG_VERSION"));
        item.put("customer", s(version.customer()));
        item.put("md5", s(version.md5()));
        item.put("firstSeenAt", s(Deployment.FIXED_INSTANT.format(version.firstSeenAt())));
        item.put("sourceKey", s(version.sourceKey()));
        version.versionId().ifPresent(id -> item.put("versionId", s(id)));
        item.put("size", n(version.size()));
        return item;
    }

    static ConfigVersion toConfigVersion(Map<String, AttributeValue> item) {
        return new ConfigVersion(str(item, "customer"), str(item, "md5"), Instant.parse(str(item, "firstSeenAt")),
                str(item, "sourceKey"), Optional.ofNullable(item.get("versionId")).map(AttributeValue::s),
                Long.parseLong(item.get("size").n()));
    }

    static Map<String, AttributeValue> ledgerItem(ProcessedObject record) {
        Map<String, AttributeValue> item = new HashMap<>(key(objectPk(record.key()), "OBJECT"));
        item.put(TYPE, s("OBJECT"));
        item.put("etag", s(record.etag()));
        item.put("outcome", s(record.outcome().name()));
        record.reason().ifPresent(reason -> item.put("reason", s(reason.name())));
        item.put("processedAt", s(record.processedAt().toString()));
        return item;
    }

    static ProcessedObject toProcessed(String key, Map<String, AttributeValue> item) {
        return new ProcessedObject(key, str(item, "etag"), ProcessedObject.Outcome.valueOf(str(item, "outcome")),
                Optional.ofNullable(item.get("reason")).map(v -> QuarantineReason.valueOf(v.s())),
                Instant.parse(str(item, "processedAt")));
    }

    static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("UsageTable item " + item.get(PK) + " / " + item.get(SK)
                    + " has no string attribute " + name);
        }
        return value.s();
    }
}
