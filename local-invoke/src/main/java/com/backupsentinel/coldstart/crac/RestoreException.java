package com.backupsentinel.coldstart.crac;

/** A resource failed after the restore. */
public class RestoreException extends Exception {

    private static final long serialVersionUID = 1L;
}
