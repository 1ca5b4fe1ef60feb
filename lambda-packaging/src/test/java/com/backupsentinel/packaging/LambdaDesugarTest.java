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
import java.util.function.Function;
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

    private final Map<String, byte[]> original = new HashMap<>();
    private final Map<String, byte[]> desugared = new HashMap<>();
    private LambdaDesugar.Counts counts;

    @BeforeEach
    void desugarTheFixture() throws IOException {
        original.put(HOST, classFile(HOST));
        original.put(SHAPES, classFile(SHAPES));
        LambdaDesugar desugar = new LambdaDesugar(new ClassAccess(original::get), original::containsKey);
        LambdaDesugar.Result host = desugar.desugar(original.get(HOST));
        LambdaDesugar.Result shapes = desugar.desugar(original.get(SHAPES));
        desugared.putAll(host.classes());
        desugared.putAll(shapes.classes());
        counts = host.counts().plus(shapes.counts());
    }

    @Test
    void givesTheSameResultsAsLambdaMetafactory() throws Exception {
        List<Object> expected = List.of(42, 4, 3, "built", 7, 5L, true, List.of("added"), 42, "ab", "constant", 3,
                "unit", "p-q", "serializable", "padded");
        assertThat(Lambdas.results()).isEqualTo(expected);

        assertThat(call("results")).isEqualTo(expected);
    }

    @Test
    void spinsNoHiddenClassForALambdaWithoutCapturedValues() throws Exception {
        for (Object function : call("desugarable")) {
            assertThat(function.getClass().isHidden()).as(function.getClass().getName()).isFalse();
            assertThat(function.getClass().getName()).contains("$$Desugared$");
        }
        for (Object function : call("leftAlone")) {
            assertThat(function.getClass().isHidden()).as(function.getClass().getName()).isTrue();
        }
        // other: the serializable lambda, its re-creation in $deserializeLambda$, the private method's reference
        assertThat(counts).isEqualTo(new LambdaDesugar.Counts(13, 1, 3));
    }

    @Test
    void writesOneClassPerHostAndFunctionalInterface() {
        assertThat(desugared.keySet()).containsExactlyInAnyOrder(HOST, SHAPES,
                HOST + "$$Desugared$Function", HOST + "$$Desugared$ToIntFunction", HOST + "$$Desugared$Supplier",
                HOST + "$$Desugared$UnaryOperator", HOST + "$$Desugared$IntToLongFunction",
                HOST + "$$Desugared$BiConsumer", HOST + "$$Desugared$IntUnaryOperator",
                HOST + "$$Desugared$BinaryOperator", HOST + "$$Desugared$IntFunction", SHAPES + "$$Desugared$Supplier");
        // string concatenations are compiled inline (-XDstringConcat=inline): no invokedynamic
        assertThat(invokedynamics(desugared.get(HOST))).containsExactly("apply (captures 1)",
                "get (altMetafactory)", "apply", "get (altMetafactory)");
        assertThat(invokedynamics(desugared.get(SHAPES))).isEmpty();
    }

    @Test
    void keepsOneInstancePerLambdaAsLambdaMetafactoryDoes() throws Exception {
        ClassLoader loader = new DefiningLoader(desugared, getClass().getClassLoader());
        List<Object> first = call(loader, "desugarable");
        List<Object> second = call(loader, "desugarable");

        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
        assertThat(first.get(0)).isNotSameAs(first.get(6));
        assertThat(first.get(0).getClass()).as("parse and digit are both Functions").isSameAs(first.get(6).getClass());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void castsArgumentsToTheInstantiatedTypeLikeLambdaMetafactory() throws Exception {
        Function parse = (Function) call("desugarable").get(0);

        assertThatThrownBy(() -> parse.apply(42)).isInstanceOf(ClassCastException.class);
        assertThat(parse.apply("-3")).isEqualTo(-3);
    }

    @Test
    void makesTheHostsOwnLambdaMethodsCallableFromItsPackageOnly() {
        assertThat(methodAccess(desugared.get(HOST), "lambda$twice$0") & Opcodes.ACC_PRIVATE).isZero();
        assertThat(methodAccess(desugared.get(HOST), "lambda$prefix$4") & Opcodes.ACC_PRIVATE)
                .as("a capturing lambda's method stays private").isEqualTo(Opcodes.ACC_PRIVATE);
        assertThat(methodAccess(desugared.get(HOST), "trimmed") & Opcodes.ACC_PRIVATE).isEqualTo(Opcodes.ACC_PRIVATE);
        assertThat(methodAccess(desugared.get(SHAPES), "lambda$unit$0") & Opcodes.ACC_PUBLIC)
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

    private static int methodAccess(byte[] classFile, String method) {
        int[] access = {-1};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int flags, String name, String desc, String signature, String[] exceptions) {
                if (name.equals(method)) {
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
