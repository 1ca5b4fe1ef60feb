package com.backupsentinel.usage;

/** What an object under the watched prefixes is, judged from its key alone. */
enum ObjectKind {
    /** Anything under {@code usage-logs/} that is not a folder marker: ingested or quarantined. */
    USAGE_LOG,
    /** {@code terragrunt/<customer>/config.yaml}. */
    CONFIG_BACKUP,
    /** A zero-byte "folder" the S3 console creates: a key ending in {@code /}. */
    FOLDER_MARKER,
    /** Anything else, such as Terraform state under {@code terragrunt/}: never read. */
    NOT_TRACKED
}
