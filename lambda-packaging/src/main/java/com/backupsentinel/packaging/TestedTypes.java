package com.backupsentinel.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The types some code asks an object about: every {@code instanceof} target, and every class literal of a method
 * that calls {@code Class.isInstance} or {@code Class.isAssignableFrom}, in the packaged classes and in the JDK's modules
 * (those of its development tools aside: a function never runs javac, jshell or jlink). A desugared lambda class may
 * implement several functional interfaces only where none of them, nor any of their super interfaces, is among these:
 * no code can then tell it from a class implementing one ({@link LambdaDesugar}).
 */
final class TestedTypes {

    /** JDK modules of development tools, never loaded by a function (their instanceof tests do not count). */
    private static final Set<String> TOOL_MODULES = Set.of("jdk.compiler", "jdk.editpad", "jdk.hotspot.agent",
            "jdk.internal.ed", "jdk.internal.jvmstat", "jdk.internal.le", "jdk.internal.opt", "jdk.jartool",
            "jdk.javadoc", "jdk.jcmd", "jdk.jconsole", "jdk.jdeps", "jdk.jdi", "jdk.jdwp.agent", "jdk.jlink",
            "jdk.jpackage", "jdk.jshell", "jdk.jstatd");
    private static Set<String> jdk;

    private TestedTypes() {
    }

    /** The types tested in {@code classFiles} and in the JDK this build runs on. */
    static Set<String> in(Collection<byte[]> classFiles) {
        Set<String> tested = new HashSet<>(jdk());
        classFiles.forEach(classFile -> collect(classFile, tested));
        return tested;
    }

    private static synchronized Set<String> jdk() {
        if (jdk == null) {
            Set<String> tested = new HashSet<>();
            FileSystem runtime = FileSystems.getFileSystem(URI.create("jrt:/"));
            try (Stream<Path> modules = Files.list(runtime.getPath("/modules"))) {
                for (Path module : modules.toList()) {
                    if (TOOL_MODULES.contains(module.getFileName().toString())) {
                        continue;
                    }
                    try (Stream<Path> files = Files.walk(module)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                            collect(Files.readAllBytes(file), tested);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the JDK's modules", e);
            }
            jdk = Set.copyOf(tested);
        }
        return jdk;
    }

    private static void collect(byte[] classFile, Set<String> tested) {
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    private final Set<String> literals = new HashSet<>();
                    private boolean asks;

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        if (opcode == Opcodes.INSTANCEOF) {
                            tested.add(type);
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                            literals.add(type.getInternalName());
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                                                boolean isInterface) {
                        asks |= "java/lang/Class".equals(owner)
                                && ("isInstance".equals(method) || "isAssignableFrom".equals(method));
                    }

                    @Override
                    public void visitEnd() {
                        // a method that asks a Class about an object: every class literal it names counts
                        if (asks) {
                            tested.addAll(literals);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }
}
