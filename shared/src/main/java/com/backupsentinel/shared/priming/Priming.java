package com.backupsentinel.shared.priming;

/**
 * Marks the priming run SnapStart makes before its snapshot (a function's {@code org.crac.Resource}): while it runs,
 * structured logs and metrics are dropped, so a primed snapshot publishes nothing and records nothing. The rest of
 * the priming contract (no network call, no state left behind) is each function's priming class's to keep.
 */
public final class Priming {

    private static volatile boolean active;

    private Priming() {
    }

    /** True while {@link #run(Runnable)} runs. */
    public static boolean active() {
        return active;
    }

    /** Runs {@code work} as priming: logs and metrics it causes are dropped. Not reentrant, not concurrent. */
    public static void run(Runnable work) {
        active = true;
        try {
            work.run();
        } finally {
            active = false;
        }
    }
}
