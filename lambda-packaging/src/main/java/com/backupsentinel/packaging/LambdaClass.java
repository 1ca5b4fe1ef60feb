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
 * The class that stands for the non-capturing lambdas and method references of one host class that implement one
 * functional interface: one {@code static final} instance per lambda (field {@code L<id>}), created in its static
 * initialiser with the lambda's id, and the interface's method, which switches on the id and does what the class
 * LambdaMetafactory would spin for that lambda does: load the arguments, convert them ({@link LambdaConversions}),
 * call the implementation method (the receiver first for an instance method, {@code new} for a constructor), convert
 * the result or drop it for a void method.
 */
final class LambdaClass {

    /** One lambda: its implementation method and the method type it was instantiated with. */
    record Site(Handle implementation, Type instantiated) {
    }

    private static final String ID = "id";

    private LambdaClass() {
    }

    static String field(int id) {
        return "L" + id;
    }

    /** The class file of {@code className}, implementing {@code functionalInterface.samName samDescriptor}. */
    static byte[] write(String className, String functionalInterface, String samName, String samDescriptor,
                        List<Site> sites) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, className, null,
                "java/lang/Object", new String[] {functionalInterface});
        writer.visitSource("lambdas, desugared at build time", null);
        String instanceType = Type.getObjectType(functionalInterface).getDescriptor();
        for (int id = 0; id < sites.size(); id++) {
            writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, field(id), instanceType,
                    null, null).visitEnd();
        }
        writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, ID, "I", null, null).visitEnd();

        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PRIVATE, "<init>", "(I)V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ILOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, className, ID, "I");
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor clinit = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        for (int id = 0; id < sites.size(); id++) {
            clinit.visitTypeInsn(Opcodes.NEW, className);
            clinit.visitInsn(Opcodes.DUP);
            clinit.visitLdcInsn(id);
            clinit.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>", "(I)V", false);
            clinit.visitFieldInsn(Opcodes.PUTSTATIC, className, field(id), instanceType);
        }
        clinit.visitInsn(Opcodes.RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();

        writeSam(writer, className, samName, Type.getMethodType(samDescriptor), sites);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void writeSam(ClassWriter writer, String className, String samName, Type sam, List<Site> sites) {
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
            forward(code, sam, sites.get(id));
        }
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /** One lambda's body: the instructions of LambdaMetafactory's forwarding method, without captured values. */
    private static void forward(MethodVisitor code, Type sam, Site site) {
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
        Type[] samParameters = sam.getArgumentTypes();
        Type[] instantiated = site.instantiated().getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < samParameters.length; i++) {
            code.visitVarInsn(samParameters[i].getOpcode(Opcodes.ILOAD), slot);
            slot += samParameters[i].getSize();
            LambdaConversions.convert(code, samParameters[i], implParameters.get(i), instantiated[i]);
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
