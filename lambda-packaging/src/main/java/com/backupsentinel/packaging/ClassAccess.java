package com.backupsentinel.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Access flags of classes and methods, read from class files: the function's classes and dependency jars first,
 * then the JDK (class files of the platform are readable as resources). Answers what a class of a given package may
 * call by name, as the JVM decides it (JVMS 5.4.4), for the lambda desugaring: anything it cannot read is
 * unknown, and the caller leaves that site alone.
 */
final class ClassAccess {

    /** One class: its access flags, super types and methods ({@code name + descriptor} to access flags). */
    record Info(String name, int access, String superName, List<String> interfaces, Map<String, Integer> methods) {

        boolean isInterface() {
            return (access & Opcodes.ACC_INTERFACE) != 0;
        }
    }

    /** The method a reference resolves to: the class that declares it and its access flags. */
    record Resolved(String declaringClass, int access) {
    }

    private final Function<String, byte[]> classFiles;
    private final Map<String, Optional<Info>> infos = new HashMap<>();

    /** {@code classFiles}: the class file of an internal name among the packaged classes, or null. */
    ClassAccess(Function<String, byte[]> classFiles) {
        this.classFiles = classFiles;
    }

    Optional<Info> info(String className) {
        return infos.computeIfAbsent(className, name -> Optional.ofNullable(read(name)).map(ClassAccess::parse));
    }

    /** Whether a class of {@code fromPackage} may name {@code className} (public, or in the same package). */
    boolean classAccessible(String className, String fromPackage) {
        return info(className).map(i -> (i.access() & Opcodes.ACC_PUBLIC) != 0
                || packageOf(className).equals(fromPackage)).orElse(false);
    }

    /**
     * The method {@code owner.name descriptor} resolves to, as the JVM looks it up: the owner, its super classes, then
     * its super interfaces (private interface methods are not inherited). Empty when a class on the way is unknown.
     */
    Optional<Resolved> resolve(String owner, String name, String descriptor) {
        Optional<Info> info = info(owner);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Integer access = info.get().methods().get(name + descriptor);
        if (access != null) {
            return Optional.of(new Resolved(owner, access));
        }
        if ("<init>".equals(name)) {
            return Optional.empty();
        }
        if (info.get().superName() != null) {
            Optional<Resolved> inSuper = resolve(info.get().superName(), name, descriptor);
            if (inSuper.isPresent()) {
                return inSuper;
            }
        }
        for (String superInterface : info.get().interfaces()) {
            Optional<Resolved> inInterface = resolve(superInterface, name, descriptor)
                    .filter(r -> (r.access() & Opcodes.ACC_PRIVATE) == 0);
            if (inInterface.isPresent()) {
                return inInterface;
            }
        }
        return Optional.empty();
    }

    static String packageOf(String className) {
        int slash = className.lastIndexOf('/');
        return slash < 0 ? "" : className.substring(0, slash);
    }

    private byte[] read(String className) {
        byte[] packaged = classFiles.apply(className);
        if (packaged != null) {
            return packaged;
        }
        try (InputStream platform = ClassLoader.getPlatformClassLoader().getResourceAsStream(className + ".class")) {
            return platform == null ? null : platform.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JDK's " + className, e);
        }
    }

    private static Info parse(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Map<String, Integer> methods = new HashMap<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                methods.put(name + descriptor, access);
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new Info(reader.getClassName(), reader.getAccess(), reader.getSuperName(),
                List.of(reader.getInterfaces()), methods);
    }
}
