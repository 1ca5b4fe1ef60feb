package com.backupsentinel.validator.inventory;

import java.util.Optional;

/** What the account the validator runs in is called: its IAM account alias (an account has at most one). */
public interface AccountNames {

    /**
     * The account's alias; empty when it has none.
     *
     * @throws InventoryException when it cannot be read (access denied, throttled past the SDK's retries)
     */
    Optional<String> alias();
}
