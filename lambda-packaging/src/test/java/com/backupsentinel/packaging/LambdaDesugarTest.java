package com.backupsentinel.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.packaging.fixtures.Lambdas;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** LambdaDesugar on a fixture of every lambda shape, run after desugaring in a class loader of its own. */
class LambdaDesugarTest {

    private static final String HOST = "com/backupsentinel/packaging/fixtures/Lambdas";
    private static final String SHAPES = HOST + "$Shapes";
    private static final String GREETER = HOST + "$Greeter";

    private final Map<String, byte[]> original = new HashMap<>();
    private final Map<String, byte[]> desugared = new HashMap<>();
    private LambdaDesugar.Counts counts;

    @BeforeEach
    void desugarTheFixture() throws IOException {
        original.put(HOST, classFile(HOST));
        original.put(SHAPES, classFile(SHAPES));
        original.put(GREETER, classFile(GREETER));
        LambdaDesugar desugar = new LambdaDesugar(new ClassAccess(original::get), original::containsKey,
                TestedTypes.in(original.values()));
        counts = new LambdaDesugar.Counts(0, 0, 0);
        for (byte[] classFile : original.values()) {
            LambdaDesugar.Result result = desugar.desugar(classFile);
            desugared.putAll(result.classes());
            counts = counts.plus(result.counts());
        }
    }

    @Test
    void givesTheSameResultsAsLambdaMetafactory() throws Exception {
        List<Object> expected = List.of(42, 4, 3, "built", 7, 5L, true, List.of("added"), 42, "ab", "constant", 3,
                "unit", "p-q", "serializable", "padded", "abcdef", 42, 42L, "Lambdas", "hello!", "nest", 1.5, 1.5);
        assertThat(Lambdas.results()).isEqualTo(expected);

        assertThat(call("results")).isEqualTo(expected);
    }

    @Test
    void spinsNoHiddenClassForTheLambdasItCanReachByName() throws Exception {
        List<Object> desugarable = new ArrayList<>(call("singletons"));
        desugarable.addAll(call("capturing"));
        for (Object function : desugarable) {
            assertThat(function.getClass().isHidden()).as(function.getClass().getName()).isFalse();
            assertThat(function.getClass().getName()).contains("$$Desugared$");
        }
        for (Object function : call("leftAlone")) {
            assertThat(function.getClass().isHidden()).as(function.getClass().getName()).isTrue();
        }
        // other: the serializable lambda, its re-creation in $deserializeLambda$, the nestmate's private method
        assertThat(counts).isEqualTo(new LambdaDesugar.Counts(22, 0, 3));
    }

    @Test
    void writesOneClassPerHostForTheLambdasNoCodeCanTellApart() {
        assertThat(desugared.keySet()).containsExactlyInAnyOrder(HOST, SHAPES, GREETER,
                // Function, ToIntFunction, Supplier, IntToLongFunction, BiConsumer, IntUnaryOperator, BinaryOperator,
                // IntFunction, DoubleUnaryOperator and the capturing references that capture only references
                HOST + "$$Desugared$Lambdas",
                // UnaryOperator.apply is Function.apply: a class has one method of that name and descriptor
                HOST + "$$Desugared$UnaryOperator",
                // capturing primitives: a class each, its fields of their types
                HOST + "$$Desugared$IntSupplier", HOST + "$$Desugared$LongSupplier",
                SHAPES + "$$Desugared$Supplier", GREETER + "$$Desugared$Supplier");
        assertThat(interfaces(desugared.get(HOST + "$$Desugared$Lambdas"))).containsExactly(
                "java/util/function/Function", "java/util/function/ToIntFunction", "java/util/function/Supplier",
                "java/util/function/IntToLongFunction", "java/util/function/BiConsumer",
                "java/util/function/IntUnaryOperator", "java/util/function/BinaryOperator",
                "java/util/function/IntFunction", "java/util/function/DoubleUnaryOperator");
        // left: the serializable lambda and its re-creation (string concatenations are compiled inline)
        assertThat(invokedynamics(desugared.get(HOST))).containsExactly("get (altMetafactory)",
                "get (altMetafactory)");
        assertThat(invokedynamics(desugared.get(SHAPES))).isEmpty();
        assertThat(invokedynamics(desugared.get(GREETER))).containsExactly("apply");
    }

    @Test
    void keepsAClassPerInterfaceForAnInterfaceSomeCodeTestsObjectsAgainst() throws Exception {
        Map<String, byte[]> classes = new HashMap<>();
        LambdaDesugar desugar = new LambdaDesugar(new ClassAccess(original::get), original::containsKey,
                Set.of("java/util/function/Supplier", "java/util/function/IntUnaryOperator"));
        for (byte[] classFile : original.values()) {
            classes.putAll(desugar.desugar(classFile).classes());
        }

        assertThat(classes).containsKeys(HOST + "$$Desugared$Supplier", HOST + "$$Desugared$IntUnaryOperator",
                HOST + "$$Desugared$Lambdas");
        assertThat(interfaces(classes.get(HOST + "$$Desugared$Lambdas")))
                .doesNotContain("java/util/function/Supplier", "java/util/function/IntUnaryOperator");
        List<Object> singletons = call(new DefiningLoader(classes, getClass().getClassLoader()), "singletons");
        assertThat(singletons.get(3)).as("builder, a Supplier").isInstanceOf(Supplier.class);
        assertThat(singletons.get(0)).as("parse, a Function").isNotInstanceOf(Supplier.class)
                .isNotInstanceOf(IntUnaryOperator.class);
        assertThat(call(new DefiningLoader(classes, getClass().getClassLoader()), "results"))
                .isEqualTo(Lambdas.results());
    }

    @Test
    void countsTheJdksPrimitiveConsumerTestsAsTestedTypes() {
        // Spliterator.OfInt.forEachRemaining(Consumer) asks whether its consumer is an IntConsumer
        assertThat(TestedTypes.in(List.of())).contains("java/util/function/IntConsumer",
                "java/util/function/LongConsumer", "java/util/function/DoubleConsumer")
                .doesNotContain("java/util/function/Function", "java/util/function/BiConsumer");
    }

    @Test
    void countsInstanceofTargetsAndTheClassLiteralsOfMethodsThatAskAClass() throws IOException {
        Set<String> tested = TestedTypes.in(List.of(classFile(HOST + "$Tests")));

        assertThat(tested).contains("java/util/function/Predicate", "java/util/function/BiFunction")
                .doesNotContain("java/util/function/ObjIntConsumer");
    }

    @Test
    void keepsOneInstancePerLambdaAsLambdaMetafactoryDoes() throws Exception {
        ClassLoader loader = new DefiningLoader(desugared, getClass().getClassLoader());
        List<Object> first = call(loader, "singletons");
        List<Object> second = call(loader, "singletons");
        List<Object> captured = call(loader, "capturing");
        List<Object> capturedAgain = call(loader, "capturing");

        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
        for (int i = 0; i < captured.size(); i++) {
            assertThat(capturedAgain.get(i)).isNotSameAs(captured.get(i));
        }
        assertThat(first.get(0)).isNotSameAs(first.get(6));
        assertThat(first.get(0).getClass()).as("parse and digit are both Functions").isSameAs(first.get(6).getClass());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void castsArgumentsToTheInstantiatedTypeLikeLambdaMetafactory() throws Exception {
        Function parse = (Function) call("singletons").get(0);

        assertThatThrownBy(() -> parse.apply(42)).isInstanceOf(ClassCastException.class);
        assertThat(parse.apply("-3")).isEqualTo(-3);
    }

    @Test
    void makesTheHostsPrivateImplementationsCallableFromItsPackage() {
        assertThat(methodAccess(desugared.get(HOST), "lambda$twice$") & Opcodes.ACC_PRIVATE).isZero();
        assertThat(methodAccess(desugared.get(HOST), "lambda$prefix$") & Opcodes.ACC_PRIVATE).isZero();
        assertThat(methodAccess(desugared.get(HOST), "trimmed") & Opcodes.ACC_PRIVATE)
                .as("called through a bridge").isEqualTo(Opcodes.ACC_PRIVATE);
        assertThat(methodAccess(desugared.get(HOST), "desugared$0")).isEqualTo(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC);
        assertThat(methodAccess(desugared.get(GREETER), "lambda$greet$") & Opcodes.ACC_PRIVATE)
                .as("an instance method, called through a bridge").isEqualTo(Opcodes.ACC_PRIVATE);
        assertThat(methodAccess(desugared.get(SHAPES), "lambda$unit$") & Opcodes.ACC_PUBLIC)
                .as("interface methods are public or private").isEqualTo(Opcodes.ACC_PUBLIC);
    }

    private List<Object> call(String method) throws Exception {
        return call(new DefiningLoader(desugared, getClass().getClassLoader()), method);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> call(ClassLoader loader, String method) throws Exception {
        Method factory = loader.loadClass(HOST.replace('/', '.')).getMethod(method);
        return (List<Object>) factory.invoke(null);
    }

    private static List<String> interfaces(byte[] classFile) {
        return List.of(new ClassReader(classFile).getInterfaces());
    }

    private static byte[] classFile(String name) throws IOException {
        try (InputStream in = LambdaDesugarTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Each invokedynamic's name, with what keeps it one. */
    private static List<String> invokedynamics(byte[] classFile) {
        List<String> found = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDesc, Handle bsm,
                                                       Object... args) {
                        int captured = Type.getArgumentTypes(indyDesc).length;
                        found.add(indyName + ("altMetafactory".equals(bsm.getName()) ? " (altMetafactory)"
                                : captured > 0 ? " (captures " + captured + ")" : ""));
                    }
                };
            }
        }, 0);
        return found;
    }

    /** The access flags of the method named {@code method} (or, for a lambda body, whose name starts with it). */
    private static int methodAccess(byte[] classFile, String method) {
        int[] access = {-1};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int flags, String name, String desc, String signature, String[] exceptions) {
                if (name.equals(method) || method.endsWith("$") && name.startsWith(method)) {
                    access[0] = flags;
                }
                return null;
            }
        }, 0);
        return access[0];
    }

    /** Defines the given classes itself (child first), everything else from its parent. */
    private static final class DefiningLoader extends ClassLoader {

        private final Map<String, byte[]> classes;

        DefiningLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                byte[] bytes = classes.get(name.replace('.', '/'));
                if (bytes == null) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
            }
        }
    }
}
