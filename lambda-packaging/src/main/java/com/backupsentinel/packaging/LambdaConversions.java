package com.backupsentinel.packaging;

import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The value conversions LambdaMetafactory makes between a functional interface's method, the types the lambda was
 * instantiated with and its implementation method (the JDK's {@code TypeConvertingMethodAdapter.convertType}, same
 * rules, same instructions): cast to the instantiated type (the ClassCastException of a wrong argument), widening of
 * primitives, boxing and unboxing.
 */
final class LambdaConversions {

    private static final String OBJECT = "java/lang/Object";
    private static final String NUMBER = "java/lang/Number";
    private static final Map<String, Type> UNBOXED = Map.of(
            "java/lang/Boolean", Type.BOOLEAN_TYPE, "java/lang/Byte", Type.BYTE_TYPE,
            "java/lang/Short", Type.SHORT_TYPE, "java/lang/Character", Type.CHAR_TYPE,
            "java/lang/Integer", Type.INT_TYPE, "java/lang/Long", Type.LONG_TYPE,
            "java/lang/Float", Type.FLOAT_TYPE, "java/lang/Double", Type.DOUBLE_TYPE);

    private LambdaConversions() {
    }

    /** Converts the value of type {@code arg} on the stack to {@code target}, through {@code functional}. */
    static void convert(MethodVisitor code, Type arg, Type target, Type functional) {
        if (arg.equals(target) && arg.equals(functional) || arg.getSort() == Type.VOID
                || target.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(arg)) {
            if (isPrimitive(target)) {
                widen(code, arg, target);
            } else {
                Type boxedPrimitive = unboxed(target);
                if (boxedPrimitive != null) {
                    widen(code, arg, boxedPrimitive);
                    box(code, boxedPrimitive);
                } else {
                    box(code, arg);
                    cast(code, target);
                }
            }
            return;
        }
        Type source = arg;
        if (!arg.equals(functional) && !isPrimitive(functional)) {
            source = functional;
            cast(code, functional);
        }
        if (!isPrimitive(target)) {
            if (!source.equals(target)) {
                cast(code, target);
            }
            return;
        }
        Type sourcePrimitive = unboxed(source);
        if (sourcePrimitive != null) {
            if (sourcePrimitive.getSort() != Type.CHAR && sourcePrimitive.getSort() != Type.BOOLEAN) {
                unbox(code, target);
            } else {
                unbox(code, sourcePrimitive);
                widen(code, sourcePrimitive, target);
            }
        } else {
            cast(code, Type.getObjectType(target.getSort() == Type.CHAR ? "java/lang/Character"
                    : target.getSort() == Type.BOOLEAN ? "java/lang/Boolean" : NUMBER));
            unbox(code, target);
        }
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() != Type.OBJECT && type.getSort() != Type.ARRAY && type.getSort() != Type.METHOD;
    }

    private static Type unboxed(Type type) {
        return type.getSort() == Type.OBJECT ? UNBOXED.get(type.getInternalName()) : null;
    }

    private static void cast(MethodVisitor code, Type target) {
        if (!OBJECT.equals(target.getInternalName())) {
            code.visitTypeInsn(Opcodes.CHECKCAST, target.getInternalName());
        }
    }

    private static void box(MethodVisitor code, Type primitive) {
        String wrapper = wrapper(primitive);
        code.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                Type.getMethodDescriptor(Type.getObjectType(wrapper), primitive), false);
    }

    private static void unbox(MethodVisitor code, Type primitive) {
        String owner = switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            default -> NUMBER;
        };
        code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, primitive.getClassName() + "Value",
                Type.getMethodDescriptor(primitive), false);
    }

    private static String wrapper(Type primitive) {
        return UNBOXED.entrySet().stream().filter(e -> e.getValue().equals(primitive)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a primitive: " + primitive)).getKey();
    }

    /** Primitive widening between the JVM's computational types (int, long, float, double). */
    private static void widen(MethodVisitor code, Type from, Type to) {
        int source = computational(from);
        int target = computational(to);
        if (source == target) {
            return;
        }
        int opcode = switch (source * 10 + target) {
            case 12 -> Opcodes.I2L;
            case 13 -> Opcodes.I2F;
            case 14 -> Opcodes.I2D;
            case 21 -> Opcodes.L2I;
            case 23 -> Opcodes.L2F;
            case 24 -> Opcodes.L2D;
            case 31 -> Opcodes.F2I;
            case 32 -> Opcodes.F2L;
            case 34 -> Opcodes.F2D;
            case 41 -> Opcodes.D2I;
            case 42 -> Opcodes.D2L;
            case 43 -> Opcodes.D2F;
            default -> throw new IllegalArgumentException("no conversion from " + from + " to " + to);
        };
        code.visitInsn(opcode);
    }

    private static int computational(Type type) {
        return switch (type.getSort()) {
            case Type.LONG -> 2;
            case Type.FLOAT -> 3;
            case Type.DOUBLE -> 4;
            default -> 1;
        };
    }
}
