package com.backupsentinel.local;

import java.util.List;

/** The logical ID given on the command line is not a function of the template: a usage error. */
final class UnknownFunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownFunctionException(String logicalId, List<String> functionIds) {
        super("'" + logicalId + "' is not a function of the template; its functions are " + String.join(", ", functionIds));
    }
}
