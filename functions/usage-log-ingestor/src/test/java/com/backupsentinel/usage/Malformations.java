package com.backupsentinel.usage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The ways {@link UsageCorpus} breaks a log, in rotation, each with the reason it must be quarantined for. */
final class Malformations {

    private Malformations() {
    }

    static UsageCorpus.Item apply(int index, String key, ObjectNode log, String customer) {
        switch (index % 11) {
            case 0:
                return item(key, log.toString().substring(0, 40), QuarantineReason.NOT_JSON);
            case 1:
                log.remove("customer");
                return item(key, log.put("customer_name", customer + "-other").toString(),
                        QuarantineReason.CUSTOMER_MISMATCH);
            case 2:
                return item(key, log.put("user_arn", "arn:aws:iam::111122223333:role/Deployer")
                        .without("aws_user_arn").toString(), QuarantineReason.ARN_INVALID);
            case 3:
                return item(key, log.put("timestamp", "yesterday").toString(), QuarantineReason.TIMESTAMP_INVALID);
            case 4:
                return item(key, log.put("config_hash", "not-an-md5").toString(), QuarantineReason.CONFIG_HASH_INVALID);
            case 5:
                return item(key, log.without("cluster_name").toString(), QuarantineReason.MISSING_FIELD);
            case 6:
                return item(key, log.put("additional_users_count", "many").toString(), QuarantineReason.WRONG_TYPE);
            case 7:
                return item(key, log.put("timestamp", "2031-01-01T00:00:00Z").toString(),
                        QuarantineReason.TIMESTAMP_IMPLAUSIBLE);
            case 8:
                return item(key, "[" + log + "]", QuarantineReason.NOT_AN_OBJECT);
            case 9:
                return item(key.replace("/" + customer + "/", "/" + customer + "/nested/"), log.toString(),
                        QuarantineReason.KEY_INVALID);
            default:
                return item(key.replace("/" + customer + "/", "/" + customer + "..x/"), log.toString(),
                        QuarantineReason.CUSTOMER_INVALID);
        }
    }

    private static UsageCorpus.Item item(String key, String content, QuarantineReason reason) {
        return new UsageCorpus.Item(key, content, Optional.of(reason), Optional.empty());
    }
}
