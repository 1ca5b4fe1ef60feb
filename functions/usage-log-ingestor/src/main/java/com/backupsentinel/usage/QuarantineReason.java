package com.backupsentinel.usage;

/** Why a usage log was quarantined; the code is written to the sidecar and used as the metric dimension. */
enum QuarantineReason {
    /** The key is not {@code usage-logs/<customer>/<name>.json}. */
    KEY_INVALID,
    /** The customer folder could escape its prefix or has characters outside the allowed set. */
    CUSTOMER_INVALID,
    /** Larger than {@code MAX_USAGE_LOG_BYTES}. */
    TOO_LARGE,
    /** Not parseable JSON (or not UTF-8). */
    NOT_JSON,
    /** JSON, but not one object. */
    NOT_AN_OBJECT,
    MISSING_FIELD,
    WRONG_TYPE,
    /** Two accepted spellings of the same field are both present. */
    AMBIGUOUS_FIELD,
    /** A value of the right type that is out of range, too long or holds control characters. */
    INVALID_VALUE,
    /** The customer in the body differs from the customer folder in the key. */
    CUSTOMER_MISMATCH,
    TIMESTAMP_INVALID,
    /** Before 2015 or in the future beyond the allowed clock skew. */
    TIMESTAMP_IMPLAUSIBLE,
    /** Not an IAM user, root, assumed-role (including SSO) or federated-user ARN. */
    ARN_INVALID,
    /** Not 32 hexadecimal digits. */
    CONFIG_HASH_INVALID
}
