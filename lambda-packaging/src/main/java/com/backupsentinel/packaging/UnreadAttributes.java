package com.backupsentinel.packaging;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

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
        ClassNode type = new ClassNode();
        new ClassReader(classFile).accept(type, 0);
        type.invisibleAnnotations = null;
        type.invisibleTypeAnnotations = null;
        for (FieldNode field : type.fields) {
            field.invisibleAnnotations = null;
            field.invisibleTypeAnnotations = null;
        }
        for (MethodNode method : type.methods) {
            method.invisibleAnnotations = null;
            method.invisibleTypeAnnotations = null;
            method.invisibleParameterAnnotations = null;
            method.invisibleAnnotableParameterCount = 0;
            method.invisibleLocalVariableAnnotations = null;
            method.localVariables = null;
            for (AbstractInsnNode instruction : method.instructions) {
                instruction.invisibleTypeAnnotations = null;
            }
            for (TryCatchBlockNode block : method.tryCatchBlocks) {
                block.invisibleTypeAnnotations = null;
            }
        }
        ClassWriter writer = new ClassWriter(0);
        type.accept(writer);
        return writer.toByteArray();
    }
}
