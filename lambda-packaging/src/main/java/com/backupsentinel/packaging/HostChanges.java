package com.backupsentinel.packaging;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What desugaring changes in a host class so that the classes written next to it can call its lambdas' private
 * implementation methods, which the JDK's hidden classes called as the host's nestmates: its private static
 * {@code lambda$...} methods become package-private, and any other private method or constructor gets a
 * package-private static bridge ({@code desugared$<n>}, the receiver first), leaving the method itself private.
 */
final class HostChanges {

    private final String host;
    private final Set<String> methodNames;
    private final Set<String> loosened = new HashSet<>();
    private final Map<Handle, Handle> bridges = new LinkedHashMap<>();

    HostChanges(String host, Set<String> methodNames) {
        this.host = host;
        this.methodNames = new HashSet<>(methodNames);
    }

    void loosen(String nameAndDescriptor) {
        loosened.add(nameAndDescriptor);
    }

    boolean loosened(String nameAndDescriptor) {
        return loosened.contains(nameAndDescriptor);
    }

    /** The static bridge to {@code impl} ({@code parameters}: the receiver first for an instance method). */
    Handle bridge(Handle impl, List<Type> parameters) {
        return bridges.computeIfAbsent(impl, target -> {
            String name = "desugared$" + bridges.size();
            while (methodNames.contains(name)) {
                name = name + "$";
            }
            methodNames.add(name);
            Type returns = target.getTag() == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(host)
                    : Type.getReturnType(target.getDesc());
            return new Handle(Opcodes.H_INVOKESTATIC, host, name,
                    Type.getMethodDescriptor(returns, parameters.toArray(new Type[0])), false);
        });
    }

    void writeBridges(ClassVisitor into) {
        bridges.forEach((target, bridge) -> {
            MethodVisitor code = into.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, bridge.getName(),
                    bridge.getDesc(), null, null);
            code.visitCode();
            int stack = 0;
            if (target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                code.visitTypeInsn(Opcodes.NEW, host);
                code.visitInsn(Opcodes.DUP);
                stack = 2;
            }
            int slot = 0;
            for (Type parameter : Type.getArgumentTypes(bridge.getDesc())) {
                code.visitVarInsn(parameter.getOpcode(Opcodes.ILOAD), slot);
                slot += parameter.getSize();
            }
            int opcode = switch (target.getTag()) {
                case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
                case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
                default -> throw new IllegalArgumentException("no bridge to " + target);
            };
            code.visitMethodInsn(opcode, host, target.getName(), target.getDesc(), false);
            Type returns = Type.getReturnType(bridge.getDesc());
            code.visitInsn(returns.getOpcode(Opcodes.IRETURN));
            code.visitMaxs(Math.max(stack + slot, returns.getSize()), slot);
            code.visitEnd();
        });
    }
}
