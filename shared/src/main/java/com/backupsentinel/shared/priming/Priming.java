package com.backupsentinel.shared.priming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The priming run SnapStart makes before its snapshot (each function's {@code XxxPriming}, an
 * {@code org.crac.Resource}): the function's hot path on a sample input, with every AWS call answered by
 * {@link CannedResponses} through {@link PrimingHttpClient} (no network call: the real HTTP client is not used while
 * priming), signed with dummy credentials ({@link PrimingCredentials}: none are fetched into the snapshot), while
 * structured logs and metrics are dropped. After the restore, {@link #restored()} runs what must not be shared between
 * restored copies (fresh credentials).
 */
public final class Priming {

    private static volatile CannedResponses answers;
    private static final List<Runnable> RESTORE_HOOKS = new CopyOnWriteArrayList<>();
    private static final List<Runnable> PRIMING_HOOKS = new CopyOnWriteArrayList<>();

    private Priming() {
    }

    /** True while {@link #run(CannedResponses, Runnable)} runs. */
    public static boolean active() {
        return answers != null;
    }

    /** What AWS answers while priming. */
    static CannedResponses answers() {
        CannedResponses current = answers;
        if (current == null) {
            throw new IllegalStateException("not priming");
        }
        return current;
    }

    /** Runs {@code work} as priming, AWS answering with {@code responses}. Not reentrant, not concurrent. */
    public static void run(CannedResponses responses, Runnable work) {
        answers = responses;
        try {
            PRIMING_HOOKS.forEach(Runnable::run);
            work.run();
        } finally {
            answers = null;
        }
    }

    /** Runs {@code work} as priming with the default canned responses. */
    public static void run(Runnable work) {
        run(CannedResponses.defaults(), work);
    }

    /**
     * Registers what to set up before the snapshot that the hot path on canned responses does not reach (called by
     * the client factory: its HTTP client's TLS, which a real call needs first).
     */
    public static void onPriming(Runnable hook) {
        PRIMING_HOOKS.add(hook);
    }

    /** Registers what to redo in each restored copy (called by the client factory, for its credentials). */
    public static void onRestore(Runnable hook) {
        RESTORE_HOOKS.add(hook);
    }

    /** Runs the restore hooks: call from the priming resource's afterRestore. */
    public static void restored() {
        RESTORE_HOOKS.forEach(Runnable::run);
    }
}
