package com.backupsentinel.packaging;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.TypePath;

/**
 * Drops from a class file what the JVM never reads at run time: local variable tables (names of locals, for
 * debuggers) and invisible annotations (retention CLASS, such as the SDK's {@code @SdkPublicApi} and
 * {@code @ThreadSafe}, for compilers and tools; reflection cannot see them). Line numbers and source file names stay,
 * so stack traces are unchanged. A class of the zip shrinks by about a seventh.
 */
final class UnreadAttributes {

    private UnreadAttributes() {
    }

    static byte[] strip(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return visible ? super.visitAnnotation(annotation, true) : null;
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation,
                                                         boolean visible) {
                return visible ? super.visitTypeAnnotation(typeRef, typePath, annotation, true) : null;
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                           Object value) {
                return new FieldVisitor(Opcodes.ASM9, super.visitField(access, name, descriptor, signature, value)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return visible ? super.visitAnnotation(annotation, true) : null;
                    }

                    @Override
                    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation,
                                                                 boolean visible) {
                        return visible ? super.visitTypeAnnotation(typeRef, typePath, annotation, true) : null;
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature,
                        exceptions)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return visible ? super.visitAnnotation(annotation, true) : null;
                    }

                    @Override
                    public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation,
                                                                      boolean visible) {
                        return visible ? super.visitParameterAnnotation(parameter, annotation, true) : null;
                    }

                    @Override
                    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation,
                                                                 boolean visible) {
                        return visible ? super.visitTypeAnnotation(typeRef, typePath, annotation, true) : null;
                    }

                    @Override
                    public void visitLocalVariable(String local, String localDescriptor, String localSignature,
                                                   Label start, Label end, int index) {
                        // dropped
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
