package com.backupsentinel.standins;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The demo account's export time as a fixed clock: the served inventory then carries the exported times unshifted. */
final class DemoClock {

    static final Instant EXPORTED_AT = Instant.parse("2026-11-22T06:00:00Z");

    private DemoClock() {
    }

    static StandInOptions demoAtExportTime() {
        return StandInOptions.demo().withClock(Clock.fixed(EXPORTED_AT, ZoneOffset.UTC));
    }
}
