package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Every class one class file refers to, split into what the class itself needs (super types, fields, annotations,
 * class signature) and what each method needs (descriptor, signature, code: types, field and method owners,
 * constants, bootstrap arguments, exception handlers), plus the method calls it makes and the string constants
 * that may name classes loaded by reflection.
 */
final class ClassRefs {

    /**
     * One method's references and calls (owner internal name and method name); {@code loading} are the classes its
     * code makes the JVM load when it runs (new, class literals, static members, arrays), where the others can be
     * named (descriptors, casts, instance calls) without the class ever being loaded.
     */
    record MethodRefs(String name, String descriptor, int access, Set<String> classes, Set<String> loading,
                      List<String[]> calls) {
    }

    final String name;
    final Set<String> interfaces = new HashSet<>();
    final Set<String> classLevel = new HashSet<>();
    final Set<String> strings = new HashSet<>();
    final Map<String, MethodRefs> methods = new LinkedHashMap<>();
    boolean isInterface;

    private ClassRefs(String name) {
        this.name = name;
    }

    static ClassRefs of(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassRefs refs = new ClassRefs(reader.getClassName());
        reader.accept(refs.new Collector(), ClassReader.SKIP_FRAMES);
        return refs;
    }

    /** What the class's code loads when it runs, in any method. */
    Set<String> loading() {
        Set<String> loading = new HashSet<>();
        methods.values().forEach(m -> loading.addAll(m.loading()));
        return loading;
    }

    /** Everything, methods included. */
    Set<String> all() {
        Set<String> all = new HashSet<>(classLevel);
        methods.values().forEach(m -> all.addAll(m.classes()));
        return all;
    }

    private static void addType(Set<String> into, Type type) {
        switch (type.getSort()) {
            case Type.ARRAY:
                addType(into, type.getElementType());
                break;
            case Type.OBJECT:
                into.add(type.getInternalName());
                break;
            case Type.METHOD:
                addType(into, type.getReturnType());
                for (Type argument : type.getArgumentTypes()) {
                    addType(into, argument);
                }
                break;
            default:
                break;
        }
    }

    static void addDescriptor(Set<String> into, String descriptor) {
        if (descriptor != null) {
            addType(into, descriptor.startsWith("(") ? Type.getMethodType(descriptor) : Type.getType(descriptor));
        }
    }

    static void addSignature(Set<String> into, String signature) {
        if (signature == null) {
            return;
        }
        new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
            private String current;

            @Override
            public void visitClassType(String type) {
                current = type;
                into.add(type);
            }

            @Override
            public void visitInnerClassType(String inner) {
                current = current + "$" + inner;
                into.add(current);
            }
        });
    }

    private void addConstant(Set<String> into, Object value) {
        if (value instanceof Type) {
            addType(into, (Type) value);
        } else if (value instanceof Handle) {
            Handle handle = (Handle) value;
            into.add(handle.getOwner());
            addDescriptor(into, handle.getDesc());
        } else if (value instanceof String) {
            strings.add((String) value);
        } else if (value instanceof org.objectweb.asm.ConstantDynamic) {
            org.objectweb.asm.ConstantDynamic dynamic = (org.objectweb.asm.ConstantDynamic) value;
            addDescriptor(into, dynamic.getDescriptor());
            addConstant(into, dynamic.getBootstrapMethod());
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                addConstant(into, dynamic.getBootstrapMethodArgument(i));
            }
        }
    }

    private final class Annotations extends AnnotationVisitor {
        private final Set<String> into;

        Annotations(Set<String> into) {
            super(Opcodes.ASM9);
            this.into = into;
        }

        @Override
        public void visit(String name, Object value) {
            addConstant(into, value);
        }

        @Override
        public void visitEnum(String name, String descriptor, String value) {
            addDescriptor(into, descriptor);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String descriptor) {
            addDescriptor(into, descriptor);
            return this;
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return this;
        }
    }

    private final class Collector extends ClassVisitor {

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String className, String signature, String superName,
                          String[] interfaceNames) {
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            if (superName != null) {
                classLevel.add(superName);
            }
            for (String interfaceName : interfaceNames) {
                classLevel.add(interfaceName);
                interfaces.add(interfaceName);
            }
            addSignature(classLevel, signature);
        }

        @Override
        public void visitNestHost(String nestHost) {
            classLevel.add(nestHost);
        }

        @Override
        public void visitOuterClass(String owner, String name, String descriptor) {
            classLevel.add(owner);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            addDescriptor(classLevel, descriptor);
            return new Annotations(classLevel);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
                                                     boolean visible) {
            addDescriptor(classLevel, descriptor);
            return new Annotations(classLevel);
        }

        @Override
        public FieldVisitor visitField(int access, String fieldName, String descriptor, String signature,
                                       Object value) {
            addDescriptor(classLevel, descriptor);
            addSignature(classLevel, signature);
            if (value instanceof String) {
                strings.add((String) value);
            }
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    addDescriptor(classLevel, annotation);
                    return new Annotations(classLevel);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature,
                                         String[] exceptions) {
            Set<String> into = new HashSet<>();
            Set<String> loading = new HashSet<>();
            List<String[]> calls = new ArrayList<>();
            methods.put(methodName + descriptor, new MethodRefs(methodName, descriptor, access, into, loading, calls));
            addDescriptor(into, descriptor);
            addSignature(into, signature);
            if (exceptions != null) {
                into.addAll(List.of(exceptions));
            }
            return new CodeCollector(into, loading, calls);
        }
    }

    /** What one method's annotations and code refer to. */
    private final class CodeCollector extends MethodVisitor {

        private final Set<String> into;
        private final Set<String> loading;
        private final List<String[]> calls;

        CodeCollector(Set<String> into, Set<String> loading, List<String[]> calls) {
            super(Opcodes.ASM9);
            this.into = into;
            this.loading = loading;
            this.calls = calls;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            addDescriptor(into, annotation);
            return new Annotations(into);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
            addDescriptor(into, annotation);
            return new Annotations(into);
        }

        @Override
        public AnnotationVisitor visitAnnotationDefault() {
            return new Annotations(into);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            addType(into, Type.getObjectType(type));
            if (opcode == Opcodes.NEW || opcode == Opcodes.ANEWARRAY) {
                addType(loading, Type.getObjectType(type));
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
            addType(into, Type.getObjectType(owner));
            addDescriptor(into, fieldDescriptor);
            if (opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC) {
                addType(loading, Type.getObjectType(owner));
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                                    boolean isInterfaceCall) {
            addType(into, Type.getObjectType(owner));
            addDescriptor(into, methodDescriptor);
            calls.add(new String[] {owner, method});
            if (opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.INVOKESPECIAL) {
                addType(loading, Type.getObjectType(owner));
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String method, String methodDescriptor, Handle bootstrap,
                                           Object... arguments) {
            addDescriptor(into, methodDescriptor);
            addConstant(into, bootstrap);
            for (Object argument : arguments) {
                addConstant(into, argument);
                addConstant(loading, argument);
                if (argument instanceof Handle) {
                    Handle handle = (Handle) argument;
                    calls.add(new String[] {handle.getOwner(), handle.getName()});
                }
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            addConstant(into, value);
            if (value instanceof Type) {
                addConstant(loading, value);
            }
        }

        @Override
        public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
            addDescriptor(into, arrayDescriptor);
            addDescriptor(loading, arrayDescriptor);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                into.add(type);
            }
        }

        @Override
        public void visitLocalVariable(String local, String localDescriptor, String localSignature,
                                       Label start, Label end, int index) {
            addDescriptor(into, localDescriptor);
        }
    }
}
