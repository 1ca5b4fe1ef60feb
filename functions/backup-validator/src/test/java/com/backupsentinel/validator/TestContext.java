package com.backupsentinel.validator;

import com.backupsentinel.standins.LambdaTestContext;

/** The Lambda context of BackupValidatorFunction in handler tests: a fixed request id and the remaining time given. */
final class TestContext extends LambdaTestContext {

    TestContext(int remainingMillis) {
        super("backup-sentinel-backup-validator", "us-west-2", "123456789012", "3f9d2c1e-5b7a-4e2f-9c1d-0a8b7c6d5e4f",
                2048, () -> remainingMillis);
    }
}
