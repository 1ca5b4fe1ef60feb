package com.backupsentinel.validator.inventory;

import java.util.Objects;
import java.util.OptionalLong;

/** A copy action of a plan rule: the destination vault ARN and the copy's lifecycle. */
public record CopyActionRecord(String destinationVaultArn, OptionalLong deleteAfterDays,
                               OptionalLong coldStorageAfterDays) {

    public CopyActionRecord {
        Objects.requireNonNull(destinationVaultArn, "destinationVaultArn");
        Objects.requireNonNull(deleteAfterDays, "deleteAfterDays");
        Objects.requireNonNull(coldStorageAfterDays, "coldStorageAfterDays");
    }

    /** The region part of the destination vault ARN ({@code arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME}). */
    public String destinationRegion() {
        return ArnParts.region(destinationVaultArn);
    }

    public String destinationAccount() {
        return ArnParts.account(destinationVaultArn);
    }
}
