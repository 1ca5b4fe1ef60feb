package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The class that stands for the lambdas and method references of one host class that implement one functional
 * interface, or several ({@link Group}s, each with its own range of ids, where {@link LambdaDesugar} found that no code
 * can tell). A lambda without captured values has one instance (at its id in its group's {@code static final} array
 * {@code L}, one array per interface, told apart by their types), created in the static initialiser; a capturing one is
 * made by a static factory ({@code f<n>} for n captured values, taking them as its invokedynamic did, then the id) that
 * holds them in fields {@code c<n>} (of type Object when the class's lambdas capture only references, whatever their
 * types, so that they share one class). Each interface's method switches on the id and does what the class
 * LambdaMetafactory would spin for that lambda does: load the captured values and the arguments, convert the arguments
 * ({@link LambdaConversions}), call the implementation method (the receiver first for an instance method, {@code new}
 * for a constructor), convert the result or drop it for a void method.
 */
final class LambdaClass {

    /** One lambda: its implementation method, the method type it was instantiated with, the captured types. */
    record Site(Handle implementation, Type instantiated, List<Type> captured) {
    }

    /**
     * The lambdas of one functional interface in the class: the interface, its method, and the lambdas, whose ids in
     * the class are {@code base} onwards.
     */
    record Group(String functionalInterface, String samName, String samDescriptor, int base, List<Site> sites) {
    }

    private static final String ID = "$id";
    private static final String SINGLETONS = "L";
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    private LambdaClass() {
    }

    /** Pushes a small int without a constant pool entry where it can. */
    static void push(MethodVisitor code, int value) {
        if (value <= 5) {
            code.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value <= Byte.MAX_VALUE) {
            code.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value <= Short.MAX_VALUE) {
            code.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            code.visitLdcInsn(value);
        }
    }

    /** Loads the instance of the lambda {@code id}, which captures nothing: {@code L[id]}. */
    static void loadSingleton(MethodVisitor code, String className, String functionalInterface, int id) {
        code.visitFieldInsn(Opcodes.GETSTATIC, className, SINGLETONS, "[" + Type.getObjectType(functionalInterface)
                .getDescriptor());
        push(code, id);
        code.visitInsn(Opcodes.AALOAD);
    }

    static String factory(int arity) {
        return "f" + arity;
    }

    /**
     * The class file of {@code className}, implementing each group's interface method, with {@code fields} for the
     * captured values (each site's captured values are stored in the first of them).
     */
    static byte[] write(String className, List<Group> groups, List<Type> fields) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_8, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, className, null,
                "java/lang/Object", groups.stream().map(Group::functionalInterface).toArray(String[]::new));
        writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, ID, "I", null, null).visitEnd();
        for (int n = 0; n < fields.size(); n++) {
            writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "c" + n, fields.get(n).getDescriptor(), null,
                    null).visitEnd();
        }
        List<Type> parameters = new ArrayList<>();
        parameters.add(Type.INT_TYPE);
        parameters.addAll(fields);
        String constructor = Type.getMethodDescriptor(Type.VOID_TYPE, parameters.toArray(new Type[0]));
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PRIVATE, "<init>", constructor, null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ILOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, className, ID, "I");
        int slot = 2;
        for (int n = 0; n < fields.size(); n++) {
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitVarInsn(fields.get(n).getOpcode(Opcodes.ILOAD), slot);
            init.visitFieldInsn(Opcodes.PUTFIELD, className, "c" + n, fields.get(n).getDescriptor());
            slot += fields.get(n).getSize();
        }
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        writeSingletons(writer, className, fields.size(), constructor, groups);
        for (Group group : groups) {
            Type instanceType = Type.getObjectType(group.functionalInterface());
            Set<Integer> arities = new TreeSet<>();
            group.sites().forEach(site -> {
                if (!site.captured().isEmpty()) {
                    arities.add(site.captured().size());
                }
            });
            for (int arity : arities) {
                writeFactory(writer, className, instanceType, fields, arity, constructor);
            }
            writeSam(writer, className, group, fields);
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * {@code static final I[] L} for each group with lambdas that capture nothing, made in the static initialiser: at
     * the id in the group of each such lambda, its instance (one field for all of them, where a field each would cost a
     * name and a reference in both classes). The arrays share the name: their types tell them apart.
     */
    private static void writeSingletons(ClassWriter writer, String className, int fields, String constructor,
                                        List<Group> groups) {
        MethodVisitor clinit = null;
        for (Group group : groups) {
            List<Integer> singletons = new ArrayList<>();
            for (int id = 0; id < group.sites().size(); id++) {
                if (group.sites().get(id).captured().isEmpty()) {
                    singletons.add(id);
                }
            }
            if (singletons.isEmpty()) {
                continue;
            }
            String arrayType = "[" + Type.getObjectType(group.functionalInterface()).getDescriptor();
            writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, SINGLETONS, arrayType,
                    null, null).visitEnd();
            if (clinit == null) {
                clinit = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
                clinit.visitCode();
            }
            push(clinit, singletons.get(singletons.size() - 1) + 1);
            clinit.visitTypeInsn(Opcodes.ANEWARRAY, group.functionalInterface());
            for (int id : singletons) {
                clinit.visitInsn(Opcodes.DUP);
                push(clinit, id);
                clinit.visitTypeInsn(Opcodes.NEW, className);
                clinit.visitInsn(Opcodes.DUP);
                push(clinit, group.base() + id);
                for (int n = 0; n < fields; n++) {
                    clinit.visitInsn(Opcodes.ACONST_NULL);
                }
                clinit.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>", constructor, false);
                clinit.visitInsn(Opcodes.AASTORE);
            }
            clinit.visitFieldInsn(Opcodes.PUTSTATIC, className, SINGLETONS, arrayType);
        }
        if (clinit != null) {
            clinit.visitInsn(Opcodes.RETURN);
            clinit.visitMaxs(0, 0);
            clinit.visitEnd();
        }
    }

    /** The factory of the lambdas that capture {@code arity} values: its descriptor, the id last. */
    static String factoryDescriptor(String functionalInterface, List<Type> fields, int arity) {
        List<Type> parameters = new ArrayList<>(fields.subList(0, arity));
        parameters.add(Type.INT_TYPE);
        return Type.getMethodDescriptor(Type.getObjectType(functionalInterface), parameters.toArray(new Type[0]));
    }

    /** {@code static I f<arity>(values..., int id)}: a new instance, null in the fields it does not use. */
    private static void writeFactory(ClassWriter writer, String className, Type instanceType, List<Type> fields,
                                     int arity, String constructor) {
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, factory(arity),
                factoryDescriptor(instanceType.getInternalName(), fields, arity), null, null);
        code.visitCode();
        code.visitTypeInsn(Opcodes.NEW, className);
        code.visitInsn(Opcodes.DUP);
        int slot = 0;
        for (Type value : fields.subList(0, arity)) {
            slot += value.getSize();
        }
        code.visitVarInsn(Opcodes.ILOAD, slot);
        slot = 0;
        for (Type value : fields.subList(0, arity)) {
            code.visitVarInsn(value.getOpcode(Opcodes.ILOAD), slot);
            slot += value.getSize();
        }
        for (int n = arity; n < fields.size(); n++) {
            code.visitInsn(Opcodes.ACONST_NULL);
        }
        code.visitMethodInsn(Opcodes.INVOKESPECIAL, className, "<init>", constructor, false);
        code.visitInsn(Opcodes.ARETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /**
     * The group's interface method: a switch on the id over the group's ids, the last one as its default (every id has
     * a case, none is unreachable).
     */
    private static void writeSam(ClassWriter writer, String className, Group group, List<Type> fields) {
        Type sam = Type.getMethodType(group.samDescriptor());
        List<Site> sites = group.sites();
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC, group.samName(), sam.getDescriptor(), null, null);
        code.visitCode();
        Object[] locals = frameLocals(className, sam);
        Label[] cases = new Label[sites.size()];
        for (int id = 0; id < cases.length; id++) {
            cases[id] = new Label();
        }
        if (sites.size() > 1) {
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, className, ID, "I");
            Label[] table = new Label[cases.length - 1];
            System.arraycopy(cases, 0, table, 0, table.length);
            code.visitTableSwitchInsn(group.base(), group.base() + table.length - 1, cases[cases.length - 1], table);
        }
        for (int id = 0; id < sites.size(); id++) {
            code.visitLabel(cases[id]);
            if (sites.size() > 1) {
                code.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
            }
            forward(code, className, sam, fields, sites.get(id));
        }
        code.visitMaxs(0, 0);
        code.visitEnd();
    }

    /** One lambda's body: the instructions of LambdaMetafactory's forwarding method. */
    private static void forward(MethodVisitor code, String className, Type sam, List<Type> fields, Site site) {
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
        List<Type> captured = site.captured();
        for (int n = 0; n < captured.size(); n++) {
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitFieldInsn(Opcodes.GETFIELD, className, "c" + n, fields.get(n).getDescriptor());
            if (!fields.get(n).equals(captured.get(n)) && !captured.get(n).equals(OBJECT)) {
                code.visitTypeInsn(Opcodes.CHECKCAST, captured.get(n).getInternalName());
            }
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
