package com.backupsentinel.validator.aws;

import com.backupsentinel.validator.inventory.AccountNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The account alias through IAM's ListAccountAliases: one call (AWS allows one alias per account), bounded by the
 * client's timeouts and standard retries. IAM is global; the client signs for the SDK's global endpoint.
 */
public final class IamAccountNames implements AccountNames {

    private final IamClient iam;

    public IamAccountNames(IamClient iam) {
        this.iam = Objects.requireNonNull(iam, "iam");
    }

    @Override
    public Optional<String> alias() {
        try {
            List<String> aliases = iam.listAccountAliases(r -> r.maxItems(1)).accountAliases();
            return aliases.stream().filter(alias -> alias != null && !alias.isBlank()).findFirst();
        } catch (SdkException e) {
            throw GuardedStream.translate("ListAccountAliases", e);
        }
    }
}
