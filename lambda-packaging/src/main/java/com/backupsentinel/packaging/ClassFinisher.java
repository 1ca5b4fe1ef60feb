package com.backupsentinel.packaging;

import java.util.Locale;
import java.util.Map;

/**
 * The last step of every packaged class: its lambdas desugared ({@link LambdaDesugar}, when enabled) and what the JVM
 * never reads dropped ({@link UnreadAttributes}), from it and from the classes written next to it. Counts the lambdas
 * for the report.
 */
final class ClassFinisher {

    private final LambdaDesugar desugar;
    private LambdaDesugar.Counts counts = new LambdaDesugar.Counts(0, 0, 0);
    private int classesWritten;

    /** {@code desugar}: null to leave lambdas to LambdaMetafactory. */
    ClassFinisher(LambdaDesugar desugar) {
        this.desugar = desugar;
    }

    /** Puts the finished class, and any class written for its lambdas, into {@code into} (internal names). */
    void finish(String className, byte[] classFile, Map<String, byte[]> into) {
        if (desugar == null) {
            into.put(className, UnreadAttributes.strip(classFile));
            return;
        }
        LambdaDesugar.Result result = desugar.desugar(classFile);
        counts = counts.plus(result.counts());
        classesWritten += result.classes().size() - 1;
        result.classes().forEach((name, bytes) -> into.put(name, UnreadAttributes.strip(bytes)));
    }

    String report() {
        if (desugar == null) {
            return String.format(Locale.ROOT, "  lambdas: not desugared (lean-lib.desugar is false)%n");
        }
        return String.format(Locale.ROOT, "  lambdas: %d desugared into %d classes;"
                        + " left to LambdaMetafactory: %d capturing, %d other (altMetafactory, not reachable by name)%n",
                counts.desugared(), classesWritten, counts.capturing(), counts.other());
    }
}
