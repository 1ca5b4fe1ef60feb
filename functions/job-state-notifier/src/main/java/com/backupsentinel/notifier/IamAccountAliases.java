package com.backupsentinel.notifier;

import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;

/** An account's alias from IAM ListAccountAliases (AWS allows one); empty when the account has none. */
final class IamAccountAliases {

    private IamAccountAliases() {
    }

    static Optional<String> read(IamClient iam) {
        return iam.listAccountAliases(request -> request.maxItems(1)).accountAliases().stream().findFirst();
    }
}
