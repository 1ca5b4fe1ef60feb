package com.backupsentinel.notifier;

import java.util.Optional;

/** Short names people recognise, from an AWS Backup resource name or, failing that, the resource's ARN. */
final class ResourceNames {

    private ResourceNames() {
    }

    /**
     * The resource name AWS Backup reports, else the last part of the ARN: {@code db:orders} gives
     * {@code orders}, {@code instance/i-0515aee7de03f58e1} gives {@code i-0515aee7de03f58e1}.
     */
    static Optional<String> displayName(Optional<String> resourceName, Optional<String> resourceArn) {
        return resourceName.or(() -> resourceArn.map(ResourceNames::lastPart)).filter(name -> !name.isBlank());
    }

    static String lastPart(String arn) {
        int cut = Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':'));
        String last = cut >= 0 && cut < arn.length() - 1 ? arn.substring(cut + 1) : arn;
        return last.isBlank() ? arn : last;
    }
}
