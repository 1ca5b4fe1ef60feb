package com.backupsentinel.local;

/** The command line or a file it names is wrong: reported with the usage text, exit status 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
