package com.backupsentinel.notifier;

import com.backupsentinel.standins.LambdaTestContext;

/** The Lambda context of JobStateNotifierFunction in handler tests, with the request id given. */
final class FakeContext extends LambdaTestContext {

    FakeContext(String requestId) {
        super("JobStateNotifierFunction", "us-west-2", "111122223333", requestId, 512, () -> 30_000);
    }
}
