package com.backupsentinel.ondemand;

import com.backupsentinel.standins.LambdaTestContext;

/** The Lambda context of OnDemandBackupFunction in handler tests. */
final class TestContext extends LambdaTestContext {

    TestContext() {
        super("backup-sentinel-on-demand-backup", "us-west-2", "123456789012", "c6af9ac6-7b61-11e6-9a41-93e812345678",
                1024, () -> 29_000);
    }
}
