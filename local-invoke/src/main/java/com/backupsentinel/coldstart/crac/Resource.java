package com.backupsentinel.coldstart.crac;

/** A checkpoint/restore participant, as org.crac's compatibility layer expects it of a CRaC implementation. */
public interface Resource {

    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
