package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.backupsentinel.shared.config.Environment;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Ties template.yaml to the build: every function's CodeUri is the zip its module builds, its Handler is a class of
 * that module (in target/classes and in the zip) with a handler method the Lambda runtime accepts, loaded from the
 * zip, and its XxxConfig.from(...), run from the zip, finds every variable it reads in the function's template
 * environment, in every deployment environment. Runs after the function modules are packaged (local-invoke depends on
 * them).
 */
class TemplateContractTest {

    @Test
    void declaresFunctions() {
        assertThat(ProjectFunctions.ids()).as("functions of %s", ProjectFunctions.TEMPLATE.source()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCodeUriIsTheZipItsFunctionModuleBuilds() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            assertThat(ProjectFunctions.module(function)).as("%s CodeUri %s should be functions/<module>/target/<module>.zip",
                    id, function.codeUri()).isPresent();
            String module = ProjectFunctions.module(function).orElseThrow();
            assertThat(ProjectFunctions.isModule(module)).as("%s: functions/%s is a Maven module", id, module).isTrue();
            assertThat(function.codeUri().orElseThrow()).as("%s: `mvn package` produces its CodeUri", id).isRegularFile();
        }));
    }

    /** Issue #14's budget: a zip of at most 6 MB (10^6 bytes), which keeps the upload and the cold start's unzip small. */
    @TestFactory
    Stream<DynamicTest> everyZipIsAtMostSixMegabytes() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            Path zip = ProjectFunctions.read(id, Map.of()).codeUri().orElseThrow();
            assertThat(Files.size(zip)).as("%s: %s is %,d bytes; the budget is 6,000,000", id,
                    ProjectFunctions.ROOT.relativize(zip), Files.size(zip)).isLessThanOrEqualTo(6_000_000L);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyZipsLibHoldsOneMergedJarSoEachClassIsLookedUpOnce() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            Path zip = ProjectFunctions.read(id, Map.of()).codeUri().orElseThrow();
            try (ZipFile file = new ZipFile(zip.toFile())) {
                assertThat(file.stream().map(ZipEntry::getName).filter(name -> name.startsWith("lib/")
                        && !name.equals("lib/"))).as("%s: lib/ of %s", id, zip.getFileName())
                        .containsExactly("lib/dependencies.jar");
            }
        }));
    }

    /**
     * Lambda's loader looks every class up in the zip's root before lib/: the root holds only the boot classes and a
     * stub per template handler, which start the function in the jar-first loader over lib/'s jar (ZipRoot).
     */
    @TestFactory
    Stream<DynamicTest> everyZipsRootHoldsOnlyTheBootClassesAndTheStubsOfItsHandlers() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            Path zip = function.codeUri().orElseThrow();
            String stub = function.handlerClass().replace('.', '/') + ".class";
            try (ZipFile file = new ZipFile(zip.toFile())) {
                List<String> root = file.stream().map(ZipEntry::getName)
                        .filter(name -> !name.startsWith("lib/") && !name.endsWith("/")).toList();
                assertThat(root).as("%s: the root of %s", id, zip.getFileName()).contains(stub)
                        .allSatisfy(name -> assertThat(name.startsWith("com/backupsentinel/shared/boot/")
                                || ProjectFunctions.handlerClasses().contains(name)).as("%s at the root", name).isTrue());
            }
            ClassLoader loader = FunctionLoaders.of(function, getClass().getClassLoader());
            Class<?> handler = Class.forName(function.handlerClass(), false, loader);
            assertThat(handler.getSuperclass().getName()).as("%s: the root's handler", id)
                    .isEqualTo("com.backupsentinel.shared.boot.JarFirstHandler");
            Class<?> real = Class.forName(function.handlerClass(), false, FunctionLoaders.code(loader));
            assertThat(real).as("%s: the handler the root's stub builds", id).isNotSameAs(handler);
            assertThat(real.getSuperclass()).isSameAs(Object.class);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyHandlerIsAClassOfItsModuleWithAHandlerMethodTheRuntimeAccepts() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            String module = ProjectFunctions.module(function).orElseThrow();
            String classFile = function.handlerClass().replace('.', '/') + ".class";
            assertThat(ProjectFunctions.moduleDir(module).resolve("target/classes").resolve(classFile))
                    .as("%s Handler %s in functions/%s/target/classes", id, function.handler(), module).isRegularFile();
            try (ZipFile zip = new ZipFile(function.codeUri().orElseThrow().toFile())) {
                assertThat(zip.getEntry(classFile)).as("%s Handler class in %s", id, function.codeUri().get()).isNotNull();
            }
            ClassLoader zip = FunctionLoaders.of(function, getClass().getClassLoader());
            assertThat(zip).as("%s runs from its zip", id).isInstanceOf(ZipFunctionLoader.class);
            HandlerMethod method = HandlerMethod.find(function.handlerClass(), function.handlerMethod(), zip);
            if (!method.isStatic()) {
                assertThat(Modifier.isAbstract(method.handlerClass().getModifiers())).as("%s handler is abstract", id).isFalse();
                assertThat(method.handlerClass().getConstructor()).as("%s public no-arg constructor", id).isNotNull();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConfigFindsTheVariablesItReadsInTheTemplateEnvironment() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> environments = ProjectFunctions.environments().isEmpty() ? List.of("")
                : ProjectFunctions.environments();
        for (String id : ProjectFunctions.ids()) {
            for (String environment : environments) {
                Map<String, String> parameters = environment.isEmpty() ? Map.of() : Map.of("Environment", environment);
                tests.add(dynamicTest(id + " in " + (environment.isEmpty() ? "defaults" : environment),
                        () -> loadConfig(id, parameters)));
            }
        }
        return tests.stream();
    }

    private void loadConfig(String id, Map<String, String> parameters) throws ReflectiveOperationException {
        FunctionDefinition function = ProjectFunctions.read(id, parameters);
        String handlerClass = function.handlerClass();
        String simpleName = handlerClass.substring(handlerClass.lastIndexOf('.') + 1);
        assertThat(simpleName).as("%s handler class name", id).endsWith("Handler");
        String configClass = handlerClass.substring(0, handlerClass.lastIndexOf('.') + 1)
                + simpleName.substring(0, simpleName.length() - "Handler".length()) + "Config";
        ClassLoader zip = FunctionLoaders.code(FunctionLoaders.of(function, getClass().getClassLoader()));
        Class<?> config = Class.forName(configClass, true, zip);
        assertThat(config.isRecord()).as("%s is an immutable record", configClass).isTrue();
        Class<?> environmentType = Class.forName(Environment.class.getName(), true, zip);
        Method from = config.getMethod("from", environmentType);
        StackSettings stack = ProjectFunctions.stack(parameters);
        LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(System.err), Clock.systemUTC());
        Map<String, String> lambdaEnvironment = LambdaEnvironment.of(function, stack, context, Map.of());
        try {
            Object environment = environmentType.getMethod("of", Map.class).invoke(null, lambdaEnvironment);
            assertThat(from.invoke(null, environment)).isInstanceOf(config);
        } catch (InvocationTargetException e) {
            throw new AssertionError(id + ": " + configClass + ".from(template environment " + parameters + ") failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * The template turns the java runtimes' Log4Shell hot-patch agent off (AWS_LAMBDA_DISABLE_CVE_2021_44228_PROTECTION)
     * because no zip holds log4j: that must stay true.
     */
    @TestFactory
    Stream<DynamicTest> noZipHoldsLog4jWhileTheTemplateTurnsTheLog4ShellPatchOff() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            assertThat(function.environment()).containsEntry("AWS_LAMBDA_DISABLE_CVE_2021_44228_PROTECTION", "true");
            ClassLoader zip = FunctionLoaders.of(function, getClass().getClassLoader());
            assertThat(zip.getResource("org/apache/logging/log4j/core/lookup/JndiLookup.class"))
                    .as("%s: log4j-core in the zip needs the runtime's Log4Shell patch", id).isNull();
        }));
    }

    /** AWS's own documentation samples of AWS Backup events, shared by the parser's and the notifier's tests. */
    private static final String AWS_SAMPLES_FOLDER = "aws-samples";

    @Test
    void everyEventsFolderBelongsToAFunctionOfTheTemplateOrHoldsAwsSamples() throws IOException {
        List<String> modules = new ArrayList<>(List.of(AWS_SAMPLES_FOLDER));
        for (String id : ProjectFunctions.ids()) {
            ProjectFunctions.module(ProjectFunctions.read(id, Map.of())).ifPresent(modules::add);
        }
        try (Stream<Path> folders = Files.list(ProjectFunctions.ROOT.resolve("events"))) {
            assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allSatisfy(folder -> assertThat(modules).as("events/%s names a function module", folder).contains(folder));
        }
    }
}
