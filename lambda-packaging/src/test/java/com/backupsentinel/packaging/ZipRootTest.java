package com.backupsentinel.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** ZipRoot on class files written here: which classes are handlers, and the stub each gets at the zip's root. */
class ZipRootTest {

    private static final String MAP_HANDLER = "com/backupsentinel/shared/json/MapEventHandler";
    private static final String BOOT_LOADER = ZipRoot.BOOT_PACKAGE + "JarFirstLoader";

    @TempDir
    Path temp;

    @Test
    void findsPublicConcreteStreamHandlersWithAPublicNoArgumentConstructorDirectlyOrThroughAnInterface() {
        Map<String, byte[]> own = new TreeMap<>();
        own.put("com/example/Direct.class", type("com/example/Direct", Opcodes.ACC_PUBLIC, true, ZipRoot.STREAM_HANDLER));
        own.put("com/example/ViaMap.class", type("com/example/ViaMap", Opcodes.ACC_PUBLIC, true, MAP_HANDLER));
        own.put("com/example/Hidden.class", type("com/example/Hidden", 0, true, ZipRoot.STREAM_HANDLER));
        own.put("com/example/Abstract.class", type("com/example/Abstract",
                Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, true, ZipRoot.STREAM_HANDLER));
        own.put("com/example/NoDefault.class", type("com/example/NoDefault", Opcodes.ACC_PUBLIC, false,
                ZipRoot.STREAM_HANDLER));
        own.put("com/example/Service.class", type("com/example/Service", Opcodes.ACC_PUBLIC, true));
        own.put("com/example/report.html", "<html>".getBytes(StandardCharsets.UTF_8));

        assertThat(ZipRoot.handlers(own, jarWithBoot())).containsExactly("com/example/Direct", "com/example/ViaMap");
    }

    @Test
    void putsTheBootClassesAndAStubPerHandlerAtTheRoot() {
        Map<String, byte[]> own = Map.of("com/example/AlertHandler.class",
                type("com/example/AlertHandler", Opcodes.ACC_PUBLIC, true, ZipRoot.STREAM_HANDLER));

        Map<String, byte[]> root = ZipRoot.entries(own, jarWithBoot());

        assertThat(root.keySet()).containsExactly("com/backupsentinel/shared/boot/JarFirstHandler.class",
                "com/backupsentinel/shared/boot/JarFirstLoader.class", "com/example/AlertHandler.class");
        assertThat(ZipRoot.describe(root)).isEqualTo("2 boot classes and the handler stubs com.example.AlertHandler");
    }

    @Test
    void writesAStubThatExtendsTheBootHandlerAndNamesItselfInItsOnlyConstructor() {
        ClassNode stub = read(ZipRoot.stub("com/example/AlertHandler", Opcodes.V17));

        assertThat(stub.name).isEqualTo("com/example/AlertHandler");
        assertThat(stub.version).isEqualTo(Opcodes.V17);
        assertThat(stub.access).isEqualTo(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER);
        assertThat(stub.superName).isEqualTo(ZipRoot.BOOT_HANDLER);
        assertThat(stub.interfaces).isEmpty();
        assertThat(stub.fields).isEmpty();
        assertThat(stub.methods).extracting(m -> m.name + m.desc).containsExactly("<init>()V");
        MethodNode constructor = stub.methods.get(0);
        assertThat(constructor.access).isEqualTo(Opcodes.ACC_PUBLIC);
        AbstractInsnNode[] code = constructor.instructions.toArray();
        assertThat(code).filteredOn(LdcInsnNode.class::isInstance).extracting(i -> ((LdcInsnNode) i).cst)
                .containsExactly("com.example.AlertHandler");
        assertThat(code).filteredOn(MethodInsnNode.class::isInstance)
                .extracting(i -> ((MethodInsnNode) i).owner + "." + ((MethodInsnNode) i).name + ((MethodInsnNode) i).desc)
                .containsExactly(ZipRoot.BOOT_HANDLER + ".<init>(Ljava/lang/String;)V");
    }

    @Test
    void refusesAJarWithoutTheBootClasses() {
        Map<String, byte[]> own = Map.of("com/example/AlertHandler.class",
                type("com/example/AlertHandler", Opcodes.ACC_PUBLIC, true, ZipRoot.STREAM_HANDLER));

        assertThatThrownBy(() -> ZipRoot.entries(own, Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lib/'s jar has no com/backupsentinel/shared/boot/JarFirstHandler.class: the function must"
                        + " depend on the shared module, whose boot classes start it");
    }

    @Test
    void refusesAJarHoldingAClassOfAPackageOfTheJdksModules() {
        Map<String, byte[]> jar = new TreeMap<>(jarWithBoot());
        jar.put("javax/xml/stream/XMLInputFactory.class", new byte[] {1});
        Map<String, byte[]> own = Map.of("com/example/AlertHandler.class",
                type("com/example/AlertHandler", Opcodes.ACC_PUBLIC, true, ZipRoot.STREAM_HANDLER));

        assertThatThrownBy(() -> ZipRoot.entries(own, jar))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("lib/'s jar holds javax/xml/stream/XMLInputFactory.class, in a package of the JDK's: the"
                        + " jar-first loader would load it where Lambda's loader loads the JDK's");
    }

    @Test
    void refusesAFunctionWithoutAHandler() {
        Map<String, byte[]> own = Map.of("com/example/Service.class", type("com/example/Service", Opcodes.ACC_PUBLIC, true));

        assertThatThrownBy(() -> ZipRoot.entries(own, jarWithBoot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The function has no handler: no public class with a public no-argument constructor"
                        + " implements RequestStreamHandler");
    }

    @Test
    void refusesAHandlerWhoseEventTheRuntimeWouldDeserialize() {
        Map<String, byte[]> own = Map.of("com/example/PojoHandler.class",
                type("com/example/PojoHandler", Opcodes.ACC_PUBLIC, true, ZipRoot.REQUEST_HANDLER));

        assertThatThrownBy(() -> ZipRoot.handlers(own, jarWithBoot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("com.example.PojoHandler implements RequestHandler: the runtime would deserialize its"
                        + " event; make it a RequestStreamHandler (shared's MapEventHandler)");
    }

    @Test
    void mergesTheFunctionsClassesFirstAndWritesTheRootBesideTheJar() throws IOException {
        Path classes = temp.resolve("lambda-classes");
        Files.createDirectories(classes.resolve("com/example"));
        Files.write(classes.resolve("com/example/AlertHandler.class"),
                type("com/example/AlertHandler", Opcodes.ACC_PUBLIC, true, ZipRoot.STREAM_HANDLER));
        Files.writeString(classes.resolve("com/example/alert.txt"), "own", StandardCharsets.UTF_8);
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Map<String, byte[]> shared = new TreeMap<>(jarWithBoot());
        shared.put("com/example/alert.txt", "a library's".getBytes(StandardCharsets.UTF_8));
        LeanLib.writeJar(lib.resolve("shared-1.0.jar"), shared);

        String report = MergedLib.write(classes, lib, temp.resolve("zip-lib"), temp.resolve("zip-root"));

        try (ZipFile merged = new ZipFile(temp.resolve("zip-lib").resolve(MergedLib.JAR_NAME).toFile())) {
            assertThat(new String(merged.getInputStream(merged.getEntry("com/example/alert.txt")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("own");
            assertThat(merged.getEntry("com/example/AlertHandler.class")).isNotNull();
            assertThat(merged.getEntry(MergedLib.MERGED_COPIES + "shared-1.0.jar/com/example/alert.txt")).isNotNull();
            assertThat(merged.getEntry(JarFile.MANIFEST_NAME)).isNotNull();
        }
        assertThat(read(Files.readAllBytes(temp.resolve("zip-root/com/example/AlertHandler.class"))).superName)
                .isEqualTo(ZipRoot.BOOT_HANDLER);
        assertThat(temp.resolve("zip-root/com/backupsentinel/shared/boot/JarFirstLoader.class")).isRegularFile();
        assertThat(temp.resolve("zip-root/com/example/alert.txt")).doesNotExist();
        assertThat(report).contains("  the function's classes merged first; the zip's root: 2 boot classes and the"
                + " handler stubs com.example.AlertHandler");
    }

    private static Map<String, byte[]> jarWithBoot() {
        Map<String, byte[]> jar = new TreeMap<>();
        jar.put(ZipRoot.BOOT_HANDLER + ".class", type(ZipRoot.BOOT_HANDLER, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT,
                true, ZipRoot.STREAM_HANDLER));
        jar.put(BOOT_LOADER + ".class", type(BOOT_LOADER, Opcodes.ACC_PUBLIC, true));
        jar.put(MAP_HANDLER + ".class", type(MAP_HANDLER, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE
                | Opcodes.ACC_ABSTRACT, false, ZipRoot.STREAM_HANDLER));
        return jar;
    }

    /** A class file of {@code name} implementing {@code interfaces}, with a public no-argument constructor or none. */
    private static byte[] type(String name, int access, boolean publicNoArgConstructor, String... interfaces) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        boolean isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        writer.visit(Opcodes.V17, access, name, null, "java/lang/Object", interfaces);
        if (!isInterface) {
            MethodVisitor constructor = writer.visitMethod(publicNoArgConstructor ? Opcodes.ACC_PUBLIC
                    : Opcodes.ACC_PRIVATE, "<init>", "()V", null, null);
            constructor.visitCode();
            constructor.visitVarInsn(Opcodes.ALOAD, 0);
            constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            constructor.visitInsn(Opcodes.RETURN);
            constructor.visitMaxs(0, 0);
            constructor.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode type = new ClassNode();
        new ClassReader(bytes).accept(type, 0);
        return type;
    }
}
