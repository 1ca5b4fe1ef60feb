package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The regions jar's table of every AWS service's endpoint metadata ({@code GeneratedServiceMetadataProvider}: about
 * 300 {@code <Service>ServiceMetadata} classes, 1.9 MB, a fifth of a zip once deflated), cut to the services whose
 * clients the function packages. A service's metadata is looked up by its endpoint prefix, and only a client of that
 * service asks for it; an unknown prefix gets the SDK's {@code DefaultServiceMetadata} (partition defaults), so a cut
 * can never fail a look-up. The metadata classes of the other services become unreachable and are not packaged.
 */
final class ServiceMetadataTable {

    static final String PROVIDER = "software/amazon/awssdk/regions/GeneratedServiceMetadataProvider";
    private static final Pattern CLIENT_BUILDER =
            Pattern.compile("software/amazon/awssdk/services/[a-z0-9]+/Default[A-Za-z0-9]*BaseClientBuilder");
    private static final String METADATA_PACKAGE = "software/amazon/awssdk/regions/servicemetadata/";

    private ServiceMetadataTable() {
    }

    /** The endpoint prefixes ({@code dynamodb}, {@code tagging}) the SDK client builders among {@code classes} name. */
    static Set<String> endpointPrefixes(Map<String, byte[]> classes) {
        Set<String> prefixes = new TreeSet<>();
        classes.forEach((className, bytes) -> {
            if (CLIENT_BUILDER.matcher(className).matches()) {
                new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                     String[] exceptions) {
                        if (!"serviceEndpointPrefix".equals(name) || !"()Ljava/lang/String;".equals(descriptor)) {
                            return null;
                        }
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitLdcInsn(Object value) {
                                if (value instanceof String prefix) {
                                    prefixes.add(prefix);
                                }
                            }
                        };
                    }
                }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
        });
        return prefixes;
    }

    /**
     * The provider class with only the table entries of {@code kept} prefixes. Each entry of its static initialiser
     * is {@code ldc PREFIX; new METADATA; dup; invokespecial METADATA.<init>()V; invokevirtual Builder.put}, which
     * leaves the builder on the stack as it found it: an entry is dropped whole, anything else is copied unchanged.
     */
    static byte[] keepOnly(byte[] providerClass, Set<String> kept) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(providerClass).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
                return "<clinit>".equals(name) ? new EntryFilter(target, kept) : target;
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Holds back each table entry until its {@code put}, then writes it or drops it. */
    private static final class EntryFilter extends MethodVisitor {

        private final Set<String> kept;
        private final List<Consumer<MethodVisitor>> pending = new ArrayList<>();
        /** How many instructions of an entry are held back (0 to 4). */
        private int stage;
        private String prefix;

        EntryFilter(MethodVisitor target, Set<String> kept) {
            super(Opcodes.ASM9, target);
            this.kept = kept;
        }

        @Override
        public void visitLdcInsn(Object value) {
            flush();
            if (value instanceof String string) {
                prefix = string;
                hold(mv -> mv.visitLdcInsn(value));
            } else {
                super.visitLdcInsn(value);
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (stage == 1 && opcode == Opcodes.NEW && type.startsWith(METADATA_PACKAGE)) {
                hold(mv -> mv.visitTypeInsn(opcode, type));
            } else {
                flush();
                super.visitTypeInsn(opcode, type);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (stage == 2 && opcode == Opcodes.DUP) {
                hold(mv -> mv.visitInsn(opcode));
            } else {
                flush();
                super.visitInsn(opcode);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (stage == 3 && opcode == Opcodes.INVOKESPECIAL && "<init>".equals(name)
                    && "()V".equals(descriptor)) {
                hold(mv -> mv.visitMethodInsn(opcode, owner, name, descriptor, isInterface));
            } else if (stage == 4 && "put".equals(name)) {
                if (kept.contains(prefix)) {
                    pending.add(mv -> mv.visitMethodInsn(opcode, owner, name, descriptor, isInterface));
                    flush();
                } else {
                    // the entry goes with the line-number labels inside it (no jump targets here: no branches)
                    pending.clear();
                    stage = 0;
                }
            } else {
                flush();
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            flush();
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            flush();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            flush();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            flush();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            flush();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLabel(Label label) {
            if (stage > 0) {
                pending.add(mv -> mv.visitLabel(label));
            } else {
                super.visitLabel(label);
            }
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            if (stage > 0) {
                pending.add(mv -> mv.visitLineNumber(line, start));
            } else {
                super.visitLineNumber(line, start);
            }
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            flush();
            super.visitFrame(type, numLocal, local, numStack, stack);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            flush();
            super.visitIincInsn(varIndex, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            flush();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            flush();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            flush();
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            flush();
            super.visitTryCatchBlock(start, end, handler, type);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            flush();
            super.visitMaxs(maxStack, maxLocals);
        }

        private void hold(Consumer<MethodVisitor> instruction) {
            pending.add(instruction);
            stage++;
        }

        private void flush() {
            pending.forEach(instruction -> instruction.accept(mv));
            pending.clear();
            stage = 0;
        }
    }
}
