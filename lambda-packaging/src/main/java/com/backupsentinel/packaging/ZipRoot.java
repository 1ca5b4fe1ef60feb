package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The root of a function zip, where Lambda's runtime looks first for every class: only shared's boot classes
 * ({@value #BOOT_PACKAGE}) and, for each handler among the function's classes, a class of the same name extending
 * {@value #BOOT_HANDLER} that builds the real handler from lib/'s jar in the jar-first loader. Everything else,
 * the function's own classes included, is in lib/'s one jar, so Lambda's loader looks up a handful of classes and the
 * jar-first loader the rest.
 *
 * <p>A handler is a public, concrete class of the function with a public no-argument constructor that implements
 * {@value #STREAM_HANDLER} (directly or through an interface, such as shared's MapEventHandler): the only kind the
 * runtime is handed here, since every function reads its event as a stream.
 */
final class ZipRoot {

    static final String BOOT_PACKAGE = "com/backupsentinel/shared/boot/";
    static final String BOOT_HANDLER = BOOT_PACKAGE + "JarFirstHandler";
    static final String STREAM_HANDLER = "com/amazonaws/services/lambda/runtime/RequestStreamHandler";
    static final String REQUEST_HANDLER = "com/amazonaws/services/lambda/runtime/RequestHandler";

    private ZipRoot() {
    }

    /**
     * The root's class files by entry name: the boot classes taken from {@code jarEntries} (the merged jar's) and a
     * stub for each handler among {@code functionClasses} (the function's own class files by entry name).
     *
     * @throws IllegalStateException if the jar lacks the boot classes, the function has no handler, or a class of it
     *                               is a handler of a kind the stub cannot stand in for
     */
    static Map<String, byte[]> entries(Map<String, byte[]> functionClasses, Map<String, byte[]> jarEntries) {
        Map<String, byte[]> root = new TreeMap<>();
        jarEntries.forEach((name, bytes) -> {
            if (name.startsWith(BOOT_PACKAGE) && name.endsWith(".class")) {
                root.put(name, bytes);
            }
        });
        if (!root.containsKey(BOOT_HANDLER + ".class")) {
            throw new IllegalStateException("lib/'s jar has no " + BOOT_HANDLER + ".class: the function must depend"
                    + " on the shared module, whose boot classes start it");
        }
        refuseJdkPackages(jarEntries.keySet());
        List<String> handlers = handlers(functionClasses, jarEntries);
        if (handlers.isEmpty()) {
            throw new IllegalStateException("The function has no handler: no public class with a public no-argument"
                    + " constructor implements RequestStreamHandler");
        }
        for (String handler : handlers) {
            root.put(handler + ".class", stub(handler, majorVersion(functionClasses.get(handler + ".class"))));
        }
        return root;
    }

    /**
     * The jar-first loader looks a class up in the jar before it asks the JDK, where Lambda's loader asks the JDK
     * first: for both to find the same class, the jar may hold none of a package of the JDK's modules.
     */
    static void refuseJdkPackages(Set<String> jarEntries) {
        Set<String> jdkPackages = new HashSet<>();
        ModuleLayer.boot().modules().forEach(module -> jdkPackages.addAll(module.getPackages()));
        for (String name : new TreeSet<>(jarEntries)) {
            int slash = name.lastIndexOf('/');
            if (name.endsWith(".class") && slash > 0 && !name.startsWith("META-INF/")
                    && jdkPackages.contains(name.substring(0, slash).replace('/', '.'))) {
                throw new IllegalStateException("lib/'s jar holds " + name + ", in a package of the JDK's: the"
                        + " jar-first loader would load it where Lambda's loader loads the JDK's");
            }
        }
    }

    /** The internal names of the function's handlers, sorted. */
    static List<String> handlers(Map<String, byte[]> functionClasses, Map<String, byte[]> jarEntries) {
        List<String> handlers = new ArrayList<>();
        new TreeMap<>(functionClasses).forEach((name, bytes) -> {
            if (!name.endsWith(".class")) {
                return;
            }
            ClassNode type = read(bytes);
            if ((type.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
                return;
            }
            Set<String> supertypes = supertypes(type.name, functionClasses, jarEntries);
            if (supertypes.contains(REQUEST_HANDLER)) {
                throw new IllegalStateException(type.name.replace('/', '.') + " implements RequestHandler: the runtime"
                        + " would deserialize its event; make it a RequestStreamHandler (shared's MapEventHandler)");
            }
            if ((type.access & Opcodes.ACC_PUBLIC) != 0 && hasPublicNoArgConstructor(type)
                    && supertypes.contains(STREAM_HANDLER)) {
                handlers.add(type.name);
            }
        });
        return handlers;
    }

    /** A class named {@code handler} extending the boot handler, whose constructor passes it its own name. */
    static byte[] stub(String handler, int majorVersion) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(majorVersion, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, handler, null,
                BOOT_HANDLER, null);
        writer.visitSource("generated by lambda-packaging ZipRoot", null);
        MethodVisitor constructor = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        constructor.visitCode();
        constructor.visitVarInsn(Opcodes.ALOAD, 0);
        constructor.visitLdcInsn(handler.replace('/', '.'));
        constructor.visitMethodInsn(Opcodes.INVOKESPECIAL, BOOT_HANDLER, "<init>", "(Ljava/lang/String;)V", false);
        constructor.visitInsn(Opcodes.RETURN);
        constructor.visitMaxs(2, 1);
        constructor.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** What the report says of a root: its boot classes and its handlers. */
    static String describe(Map<String, byte[]> root) {
        List<String> handlers = new ArrayList<>();
        int boot = 0;
        for (String name : root.keySet()) {
            if (name.startsWith(BOOT_PACKAGE)) {
                boot++;
            } else {
                handlers.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
        return boot + " boot classes and the handler stubs " + String.join(", ", handlers);
    }

    /** Every class and interface {@code className} extends or implements, as far as the given class files tell. */
    private static Set<String> supertypes(String className, Map<String, byte[]> functionClasses,
                                          Map<String, byte[]> jarEntries) {
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(className));
        while (!pending.isEmpty()) {
            String current = pending.remove(pending.size() - 1);
            byte[] bytes = functionClasses.getOrDefault(current + ".class", jarEntries.get(current + ".class"));
            if (seen.add(current) && bytes != null) {
                ClassNode type = read(bytes);
                pending.addAll(type.interfaces);
                if (type.superName != null) {
                    pending.add(type.superName);
                }
            }
        }
        return seen;
    }

    private static boolean hasPublicNoArgConstructor(ClassNode type) {
        for (MethodNode method : type.methods) {
            if ("<init>".equals(method.name) && "()V".equals(method.desc) && (method.access & Opcodes.ACC_PUBLIC) != 0) {
                return true;
            }
        }
        return false;
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode type = new ClassNode();
        new ClassReader(bytes).accept(type, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return type;
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
