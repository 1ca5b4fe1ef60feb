package com.backupsentinel.local;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase times of one run, printed on stderr when the system property {@value #PROPERTY} is true (the benchmark
 * script sets it), measured from JVM start.
 */
final class Timings {

    static final String PROPERTY = "local-invoke.timings";

    private final boolean enabled = Boolean.getBoolean(PROPERTY);
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<String> marks = new ArrayList<>();

    synchronized void mark(String phase) {
        if (enabled) {
            marks.add(phase + "=" + (System.currentTimeMillis() - jvmStart) + "ms");
        }
    }

    synchronized void print(PrintStream err) {
        if (enabled) {
            err.println("local-invoke: timings since JVM start: " + String.join(" ", marks));
        }
    }
}
