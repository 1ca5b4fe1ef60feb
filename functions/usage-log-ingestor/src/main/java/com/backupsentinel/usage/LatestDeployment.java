package com.backupsentinel.usage;

import java.util.Objects;

/** A CSV row with the config hash and the object it came from. */
record LatestDeployment(UsageRow row, String configHash, String sourceKey) {

    LatestDeployment {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(configHash, "configHash");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }
}
