package com.backupsentinel.coldstart.crac;

/**
 * A CRaC implementation for org.crac's compatibility layer ({@code -Dorg.crac.Core.Compat=} this package), as the
 * Lambda runtime provides one: {@link #checkpointRestore()} runs the registered resources' hooks as SnapStart does,
 * without a real snapshot.
 */
public final class Core {

    private static final Context<Resource> GLOBAL = new Context<>();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(null);
        } catch (Exception e) {
            CheckpointException failure = new CheckpointException();
            failure.addSuppressed(e);
            throw failure;
        }
        try {
            GLOBAL.afterRestore(null);
        } catch (Exception e) {
            RestoreException failure = new RestoreException();
            failure.addSuppressed(e);
            throw failure;
        }
    }
}
