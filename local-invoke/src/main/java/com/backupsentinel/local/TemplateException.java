package com.backupsentinel.local;

/** template.yaml cannot be read or resolved; the message names the template location and the problem. */
final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TemplateException(String message) {
        super(message);
    }

    TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
