package com.backupsentinel.packaging;

import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites an SDK client class so that every operation the function does not call throws
 * {@link UnsupportedOperationException} naming it, instead of referring to the operation's request, response and
 * marshaller classes (which are then not packaged). Everything else of the class is copied unchanged.
 */
final class OperationStubs {

    private OperationStubs() {
    }

    static byte[] stub(byte[] classFile, ClassRefs refs, String servicePackage, Set<String> usedOperations) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
                ClassRefs.MethodRefs method = refs.methods.get(name + descriptor);
                Optional<String> operation = method == null ? Optional.empty()
                        : SdkClients.operationOf(servicePackage, method);
                if ((access & Opcodes.ACC_ABSTRACT) != 0 || operation.isEmpty()
                        || usedOperations.contains(operation.get())) {
                    return target;
                }
                return new Stub(target, operation.get() + " of " + servicePackage + " is not packaged: the function"
                        + " does not call it (lambda-packaging keeps the operations the code calls)");
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Drops the original code and writes {@code throw new UnsupportedOperationException(message)}. */
    private static final class Stub extends MethodVisitor {

        private final MethodVisitor target;
        private final String message;

        Stub(MethodVisitor target, String message) {
            super(Opcodes.ASM9);
            this.target = target;
            this.message = message;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return target.visitAnnotation(descriptor, visible);
        }

        @Override
        public void visitEnd() {
            target.visitCode();
            target.visitTypeInsn(Opcodes.NEW, "java/lang/UnsupportedOperationException");
            target.visitInsn(Opcodes.DUP);
            target.visitLdcInsn(message);
            target.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/UnsupportedOperationException", "<init>",
                    "(Ljava/lang/String;)V", false);
            target.visitInsn(Opcodes.ATHROW);
            target.visitMaxs(0, 0);
            target.visitEnd();
        }
    }
}
