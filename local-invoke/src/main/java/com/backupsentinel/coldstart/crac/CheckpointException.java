package com.backupsentinel.coldstart.crac;

/** A resource failed before the checkpoint. */
public class CheckpointException extends Exception {

    private static final long serialVersionUID = 1L;
}
