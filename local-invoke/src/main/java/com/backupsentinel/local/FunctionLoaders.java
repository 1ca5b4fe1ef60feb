package com.backupsentinel.local;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The class loader a function runs in. A function whose CodeUri is a zip runs from that zip, unpacked as Lambda
 * unpacks it, in a loader of its own whose parent holds only the JDK and the Lambda runtime API
 * (aws-lambda-java-core's interfaces, shared with local invoke's Context), as in the Lambda runtime: a class or
 * resource missing from the zip is missing here too, so a zip that lambda-packaging cut too far fails local invoke
 * and the tests that use it. The one addition is --capture's interceptor ({@link ZipFunctionLoader}). As on Lambda,
 * the handler that loader constructs is the zip root's stub, which runs the function's code in shared's jar-first
 * loader over the zip's lib/ jar: {@link #code} is that loader, where local invoke installs the environment and
 * connects --capture. A function without a zip CodeUri (test fixtures) runs from local invoke's own classpath.
 */
final class FunctionLoaders {

    private static final String ENVIRONMENT = "com.backupsentinel.shared.config.Environment";
    private static final String JAR_FIRST = "com.backupsentinel.shared.boot.JarFirst";

    private FunctionLoaders() {
    }

    /** The loader for {@code function}: its zip's, or {@code classpath} when its CodeUri is not a zip. */
    static ClassLoader of(FunctionDefinition function, ClassLoader classpath) {
        Optional<Path> zip = function.codeUri().filter(uri -> uri.getFileName().toString().endsWith(".zip"));
        if (zip.isEmpty()) {
            return classpath;
        }
        if (!Files.isRegularFile(zip.get())) {
            throw new SetupException(function.logicalId() + "'s CodeUri " + zip.get() + " is not built: run mvn -B"
                    + " package (scripts/local-invoke builds it when it is missing)", null);
        }
        return new ZipFunctionLoader(function.logicalId(), FunctionCode.unpack(zip.get()).classpath(),
                new RuntimeApiLoader(classpath));
    }

    /**
     * The loader the function's own code runs in. A zip whose root starts the function in shared's jar-first loader
     * (lambda-packaging's ZipRoot) runs it there: this makes that loader, once per zip loader, with local invoke's
     * capture folder searched after the zip's jars, and the handler the runtime constructs later finds the same one.
     * Otherwise the handler's own loader.
     */
    static ClassLoader code(ClassLoader functionLoader) {
        if (!(functionLoader instanceof ZipFunctionLoader)) {
            return functionLoader;
        }
        URL boot = functionLoader.getResource(JAR_FIRST.replace('.', '/') + ".class");
        if (boot == null || !"file".equals(boot.getProtocol())) {
            return functionLoader;
        }
        try {
            Class<?> jarFirst = Class.forName(JAR_FIRST, true, functionLoader);
            return (ClassLoader) jarFirst.getMethod("loader", List.class)
                    .invoke(null, List.of(ZipFunctionLoader.captureFolder()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make the jar-first loader of " + functionLoader.getName(), e);
        }
    }

    /** Installs local invoke's environment overlay in the function's own copy of shared's Environment, if any. */
    static void installEnvironment(ClassLoader loader, Map<String, String> environment) {
        try {
            Class<?> type = Class.forName(ENVIRONMENT, true, loader);
            type.getMethod("installOverlay", Map.class).invoke(null, environment);
        } catch (ClassNotFoundException e) {
            // a function without the shared module reads the (mirrored) process environment
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException(ENVIRONMENT + ".installOverlay(Map) is not callable", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Installing the function's environment failed", e.getCause());
        }
    }
}
