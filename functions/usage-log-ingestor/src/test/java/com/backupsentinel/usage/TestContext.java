package com.backupsentinel.usage;

import com.backupsentinel.standins.LambdaTestContext;
import java.util.function.IntSupplier;

/** The Lambda context of UsageLogIngestorFunction in handler tests; the remaining time can be scripted. */
final class TestContext extends LambdaTestContext {

    TestContext() {
        this(() -> 300_000);
    }

    TestContext(IntSupplier remainingMillis) {
        super("backup-sentinel-usage-log-ingestor", "us-east-1", "123456789012", "6f1d2c3b-0a9e-4d8c-8b7a-1234567890ab",
                1024, remainingMillis);
    }
}
