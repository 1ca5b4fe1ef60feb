package com.backupsentinel.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What was ingested: deployments, the last deployment of each (date, customer, user), config versions and the
 * ledger of processed objects. Implemented over the DynamoDB table {@code USAGE_TABLE_NAME} by
 * {@link DynamoUsageStore}; the key layout is documented there.
 */
interface UsageStore {

    /** The ledger entry for {@code key}, read consistently. */
    Optional<ProcessedObject> processedObject(String key);

    /** Records {@code record}; false when the same key and ETag were already recorded (a redelivery). */
    boolean markProcessed(ProcessedObject record);

    /** Stores the deployment, registers its customer and links it to its config version. Idempotent. */
    void saveDeployment(Deployment deployment);

    /**
     * Makes {@code deployment} the row of its (date, customer, user) unless one of higher {@link Deployment#rank()}
     * is stored. Conditional, so concurrent, duplicate and out-of-order calls end in the same state.
     *
     * @return true when it became the row
     */
    boolean offerLatest(Deployment deployment);

    /** Records a config version, keeping the earliest first-seen time; true when stored or moved earlier. */
    boolean recordConfigVersion(ConfigVersion version);

    /** Every recorded config version of {@code customer}. */
    List<ConfigVersion> configVersions(String customer);

    /** The deployments of {@code customer} whose config hash is {@code md5}, oldest first. */
    List<DeploymentRecord> deploymentsUsing(String customer, String md5);

    /** The deployments of {@code customer} on {@code date} (UTC), oldest first. */
    List<DeploymentRecord> deploymentsOn(String customer, LocalDate date);

    /** Every customer with at least one ingested deployment, in name order. */
    List<String> customers();

    /** The rows of {@code customer} between the dates (inclusive, each optional), in date and user order. */
    List<LatestDeployment> latest(String customer, Optional<LocalDate> from, Optional<LocalDate> to);
}
