package com.backupsentinel.coldstart;

/**
 * What SnapStart does to a function's org.crac resources, through org.crac's own entry point: beforeCheckpoint
 * (priming), then, in the restored copy, afterRestore. The JVM runs with
 * {@code -Dorg.crac.Core.Compat=com.backupsentinel.coldstart.crac}, as Lambda runs it with its own implementation.
 * Called reflectively so functions without org.crac still run.
 */
final class CracHooks {

    static final String COMPAT_PACKAGE = "com.backupsentinel.coldstart.crac";

    private CracHooks() {
    }

    static void checkpointAndRestore() throws Exception {
        Class<?> core;
        try {
            core = Class.forName("org.crac.Core");
        } catch (ClassNotFoundException e) {
            return;
        }
        core.getMethod("checkpointRestore").invoke(null);
    }
}
