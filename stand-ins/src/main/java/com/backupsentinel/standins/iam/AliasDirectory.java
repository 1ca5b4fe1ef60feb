package com.backupsentinel.standins.iam;

import java.util.Optional;

/** The account, and its aliases, whose credentials signed a request (the access key id, when the request had one). */
@FunctionalInterface
public interface AliasDirectory {

    AccountAliases forAccessKey(Optional<String> accessKeyId);
}
