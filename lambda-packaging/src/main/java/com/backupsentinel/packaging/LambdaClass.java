package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The class that stands for the lambdas and method references of one host class that implement one functional
 * interface and capture values of the same types. Without captured values: one {@code static final} instance per
 * lambda (field {@code L<id>}), created in its static initialiser with the lambda's id. With captured values: one
 * static factory per lambda ({@code f<id>}, taking the captured values as the invokedynamic did) and the values in
 * fields {@code c<n>}. The interface's method switches on the id and does what the class LambdaMetafactory would spin
 * for that lambda does: load the captured values and the arguments, convert the arguments
 * ({@link LambdaConversions}), call the implementation method (the receiver first for an instance method, {@code new}
 * for a constructor), convert the result or drop it for a void method.
 */
final class LambdaClass {

    /** One lambda: its implementation method and the method type it was instantiated with. */
    record Site(Handle implementation, Type instantiated) {
    }

    private static final String ID = "$id";

    private LambdaClass() {
    }

    static String field(int id) {
        return "L" + id;
    }

    static String factory(int id) {
        return "f" + id;
    }

    /** The class file of {@code className}, implementing {@code functionalInterface.samName samDescriptor}. */
    static byte[] write(String className, String functionalInterface, String samName, String samDescriptor,
                        List<Type> captured, List<Site> sites) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, className, null,
                "java/lang/Object", new String[] {functionalInterface});
        writer.visitSource("lambdas, desugared at build time", null);
        Type instanceType = Type.getObjectType(functionalInterface);
        writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, ID, "I", null, null).visitEnd();
        for (int n = 0; n < captured.size(); n++) {
            writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "c" + n, captured.get(n).getDescriptor(), null,
                    null).visitEnd();
        }
        String constructor = Type.getMethodDescriptor(Type.VOID_TYPE, withId(captured));
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PRIVATE, "<init>", constructor, null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ILOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, className, ID, "I");
        int slot = 2;
        for (int n = 0; n < captured.size(); n++) {
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitVarInsn(captured.get(n).getOpcode(Opcodes.ILOAD), slot);
            init.visitFieldInsn(Opcodes.PUTFIELD, className, "c" + n, captured.get(n).getDescriptor());
            slot += captured.get(n).getSize();
        }
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        if (captured.isEmpty()) {
            writeSingletons(writer, className, instanceType, sites.size());
        } else {
            for (int id = 0; id < sites.size(); id++) {
                writeFactory(writer, className, instanceType, captured, constructor, id);
            }
        }
        writeSam(writer, className, samName, Type.getMethodType(samDescriptor), captured, sites);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static Type[] withId(List<Type> captured) {
        List<Type> parameters = new ArrayList<>();
        parameters.add(Type.INT_TYPE);
        parameters.addAll(captured);
        return parameters.toArray(new Type[0]);
    }

    private static void writeSingletons(ClassWriter writer, String className, Type instanceType, int count) {
        for (int id = 0; id < count; id++) {
            writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, field(id),
                    instanceType.getDescriptor(), null, null).visitEnd();
        }
        MethodVisitor clinit = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        for (int id = 0; id < count; id++) {
            clinit.visitTypeInsn(Opcodes.NEW, className);
            clinit.visitInsn(Opcodes.DUP);
            clinit.visitLdcInsn(id);
            clinit.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>", "(I)V", false);
            clinit.visitFieldInsn(Opcodes.PUTSTATIC, className, field(id), instanceType.getDescriptor());
        }
        clinit.visitInsn(Opcodes.RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();
    }

    /** {@code static I f<id>(captured...)}: what the invokedynamic did, a new instance holding the values. */
    private static void writeFactory(ClassWriter writer, String className, Type instanceType, List<Type> captured,
                                     String constructor, int id) {
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, factory(id),
                Type.getMethodDescriptor(instanceType, captured.toArray(new Type[0])), null, null);
        code.visitCode();
        code.visitTypeInsn(Opcodes.NEW, className);
        code.visitInsn(Opcodes.DUP);
        code.visitLdcInsn(id);
        int slot = 0;
        for (Type value : captured) {
            code.visitVarInsn(value.getOpcode(Opcodes.ILOAD), slot);
            slot += value.getSize();
        }
        code.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>", constructor, false);
        code.visitInsn(Opcodes.ARETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    private static void writeSam(ClassWriter writer, String className, String samName, Type sam, List<Type> captured,
                                 List<Site> sites) {
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC, samName, sam.getDescriptor(), null, null);
        code.visitCode();
        Object[] locals = frameLocals(className, sam);
        Label[] cases = new Label[sites.size()];
        for (int id = 0; id < cases.length; id++) {
            cases[id] = new Label();
        }
        if (sites.size() > 1) {
            // ids 0 .. n-2 in the table, the last one as its default: every id has a case, none is unreachable
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, className, ID, "I");
            Label[] table = new Label[cases.length - 1];
            System.arraycopy(cases, 0, table, 0, table.length);
            code.visitTableSwitchInsn(0, table.length - 1, cases[cases.length - 1], table);
        }
        for (int id = 0; id < sites.size(); id++) {
            code.visitLabel(cases[id]);
            if (sites.size() > 1) {
                code.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
            }
            forward(code, className, sam, captured, sites.get(id));
        }
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /** One lambda's body: the instructions of LambdaMetafactory's forwarding method. */
    private static void forward(MethodVisitor code, String className, Type sam, List<Type> captured, Site site) {
        Handle impl = site.implementation();
        Type implMethod = Type.getMethodType(impl.getDesc());
        List<Type> implParameters = new ArrayList<>();
        Type implReturn = implMethod.getReturnType();
        switch (impl.getTag()) {
            case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE -> implParameters.add(Type.getObjectType(impl.getOwner()));
            case Opcodes.H_NEWINVOKESPECIAL -> {
                implReturn = Type.getObjectType(impl.getOwner());
                code.visitTypeInsn(Opcodes.NEW, impl.getOwner());
                code.visitInsn(Opcodes.DUP);
            }
            default -> {
                // a static method: its own parameters
            }
        }
        implParameters.addAll(List.of(implMethod.getArgumentTypes()));
        for (int n = 0; n < captured.size(); n++) {
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, className, "c" + n, captured.get(n).getDescriptor());
        }
        Type[] samParameters = sam.getArgumentTypes();
        Type[] instantiated = site.instantiated().getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < samParameters.length; i++) {
            code.visitVarInsn(samParameters[i].getOpcode(Opcodes.ILOAD), slot);
            slot += samParameters[i].getSize();
            LambdaConversions.convert(code, samParameters[i], implParameters.get(captured.size() + i),
                    instantiated[i]);
        }
        int opcode = switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> throw new IllegalArgumentException("not desugared: " + impl);
        };
        code.visitMethodInsn(opcode, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
        Type samReturn = sam.getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (implReturn.getSort() != Type.VOID) {
                code.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
        } else {
            LambdaConversions.convert(code, implReturn, samReturn, samReturn);
        }
        code.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
    }

    /** The frame at each case: {@code this} and the interface method's parameters, nothing on the stack. */
    private static Object[] frameLocals(String className, Type sam) {
        List<Object> locals = new ArrayList<>();
        locals.add(className);
        for (Type parameter : sam.getArgumentTypes()) {
            locals.add(switch (parameter.getSort()) {
                case Type.BOOLEAN, Type.BYTE, Type.SHORT, Type.CHAR, Type.INT -> Opcodes.INTEGER;
                case Type.LONG -> Opcodes.LONG;
                case Type.FLOAT -> Opcodes.FLOAT;
                case Type.DOUBLE -> Opcodes.DOUBLE;
                default -> parameter.getInternalName();
            });
        }
        return locals.toArray();
    }
}
