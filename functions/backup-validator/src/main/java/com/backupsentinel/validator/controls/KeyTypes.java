package com.backupsentinel.validator.controls;

/** AWS Backup's encryption key types, and how to tell one when AWS does not say. */
final class KeyTypes {

    static final String CUSTOMER_MANAGED = "CUSTOMER_MANAGED_KMS_KEY";
    static final String AWS_OWNED = "AWS_OWNED_KMS_KEY";

    private KeyTypes() {
    }

    /**
     * The stated key type, else a guess from the key ARN: an {@code alias/aws/...} key is AWS managed, any other
     * key ARN is taken as customer managed; empty when there is no key at all.
     */
    static String effective(String keyType, String keyArn) {
        if (!keyType.isBlank()) {
            return keyType;
        }
        if (keyArn.isBlank()) {
            return "";
        }
        return keyArn.contains(":alias/aws/") ? AWS_OWNED : CUSTOMER_MANAGED;
    }
}
