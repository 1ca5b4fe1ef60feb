package com.backupsentinel.shared.priming;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Tells {@link PrimingHttpClient} which operation a request is (the SDK's service and operation names) while
 * priming. Sync clients send on the calling thread, so a thread-local carries it to the HTTP client.
 */
public final class PrimingInterceptor implements ExecutionInterceptor {

    private static final ThreadLocal<String[]> CURRENT = ThreadLocal.withInitial(() -> new String[] {"", ""});

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (Priming.active()) {
            CURRENT.set(new String[] {attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)});
        }
    }

    static String service() {
        return CURRENT.get()[0];
    }

    static String operation() {
        return CURRENT.get()[1];
    }
}
