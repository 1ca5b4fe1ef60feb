package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Lambdas and method references turned into ordinary classes at build time. A fresh JVM spins one hidden class per
 * lambda the code reaches, through LambdaMetafactory, which is among the costliest parts of its start: the SDK's
 * model classes alone have two method references per field ({@code getter(X::field)}, {@code setter(Builder::field)}).
 * Here every {@code invokedynamic} bootstrapped by {@code LambdaMetafactory.metafactory} becomes a load of a singleton
 * (a lambda that captures nothing: one instance per call site, as with the JDK) or a call of a factory taking the
 * captured values, of a class written into the host's package ({@link LambdaClass}): one class per host for all its
 * lambdas that capture only references, where no code can tell (no {@code instanceof} or {@code Class.isInstance} on
 * any of their interfaces in the packaged classes or the JDK: {@link TestedTypes}), else one per host and functional
 * interface. Fewer classes: each costs a look-up, a definition and a verification on the cold path.
 *
 * <p>Left alone: {@code altMetafactory} (serializable lambdas, marker interfaces, bridges), and any lambda whose
 * implementation method or types the new class could not reach by name: private methods of another class, protected
 * or package-private ones of another package, {@code super::} calls, private methods of an interface other than its
 * static lambda bodies, unknown classes. The host's own private static {@code lambda$...} methods become
 * package-private (public in an interface), its other private methods and constructors get static bridges
 * ({@link HostChanges}), so that the class next to it can call them; the JDK's hidden class did so as the host's
 * nestmate.
 */
final class LambdaDesugar {

    static final String SUFFIX = "$$Desugared$";
    private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
            "metafactory", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);

    /** What one class's lambdas came to. */
    record Counts(int desugared, int capturing, int other) {

        Counts plus(Counts more) {
            return new Counts(desugared + more.desugared, capturing + more.capturing, other + more.other);
        }
    }

    /** The rewritten host and the classes written next to it. */
    record Result(Map<String, byte[]> classes, Counts counts) {
    }

    /**
     * One functional interface method, and the captured types when one of them is primitive: the classes are grouped
     * by them (lambdas capturing only references share a class, their values held as Objects).
     */
    private record Sam(String functionalInterface, String name, String descriptor, List<Type> primitiveCaptures) {

        static Sam of(String functionalInterface, String name, String descriptor, Type[] captured) {
            boolean primitive = List.of(captured).stream().anyMatch(LambdaConversions::isPrimitive);
            return new Sam(functionalInterface, name, descriptor, primitive ? List.of(captured) : List.of());
        }

        /** The fields of the class: the primitive shape's types, else as many Objects as the most captured. */
        List<Type> fields(List<LambdaClass.Site> sites) {
            if (!primitiveCaptures.isEmpty()) {
                return primitiveCaptures;
            }
            int most = sites.stream().mapToInt(site -> site.captured().size()).max().orElse(0);
            return Collections.nCopies(most, Type.getObjectType("java/lang/Object"));
        }
    }

    /**
     * Where one desugared lambda went: its class, group and id in the group, the first id of the group in its class
     * (a class may hold several groups), and the invokedynamic's descriptor.
     */
    private record Target(String className, Sam sam, int id, int base, String descriptor) {
    }

    /** A lambda found, before its class is chosen: its group, id in the group and invokedynamic's descriptor. */
    private record Found(Sam sam, int id, String descriptor) {
    }

    private final ClassAccess access;
    private final Predicate<String> taken;
    private final Set<String> tested;

    /**
     * {@code taken}: whether a class name is already used (the generated ones must not clash); {@code tested}: the
     * types some code tests objects against ({@link TestedTypes}), whose lambdas keep a class to themselves.
     */
    LambdaDesugar(ClassAccess access, Predicate<String> taken, Set<String> tested) {
        this.access = access;
        this.taken = taken;
        this.tested = Set.copyOf(tested);
    }

    Result desugar(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        String host = reader.getClassName();
        boolean interfaceHost = (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0;
        Set<String> methods = new HashSet<>();
        List<Object[]> indys = new ArrayList<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int acc, String name, String desc, String signature, String[] exceptions) {
                methods.add(name);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDesc, Handle bsm, Object... args) {
                        indys.add(new Object[] {indyName, indyDesc, bsm, args});
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);

        HostChanges changes = new HostChanges(host, methods);
        Map<Integer, Found> found = new HashMap<>();
        Map<Sam, List<LambdaClass.Site>> groups = new LinkedHashMap<>();
        int capturing = 0;
        int other = 0;
        for (int index = 0; index < indys.size(); index++) {
            Object[] indy = indys.get(index);
            if (!METAFACTORY.equals(indy[2])) {
                other += isLambda((Handle) indy[2]) ? 1 : 0;
                continue;
            }
            Type factory = Type.getMethodType((String) indy[1]);
            Object[] args = (Object[]) indy[3];
            Type sam = (Type) args[0];
            Optional<Handle> call = callable(host, interfaceHost, factory, sam, (Handle) args[1], (Type) args[2],
                    changes);
            if (call.isEmpty()) {
                if (factory.getArgumentTypes().length > 0) {
                    capturing++;
                } else {
                    other++;
                }
                continue;
            }
            Sam key = Sam.of(factory.getReturnType().getInternalName(), (String) indy[0], sam.getDescriptor(),
                    factory.getArgumentTypes());
            List<LambdaClass.Site> sites = groups.computeIfAbsent(key, k -> new ArrayList<>());
            found.put(index, new Found(key, sites.size(), factory.getDescriptor()));
            sites.add(new LambdaClass.Site(call.get(), (Type) args[2], List.of(factory.getArgumentTypes())));
        }
        Counts counts = new Counts(found.size(), capturing, other);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        if (found.isEmpty()) {
            classes.put(host, classFile);
            return new Result(classes, counts);
        }
        Map<String, List<Sam>> classGroups = classGroups(host, groups.keySet());
        Map<Sam, String> classNames = new HashMap<>();
        Map<Sam, Integer> bases = new HashMap<>();
        Map<Sam, List<Type>> fields = new HashMap<>();
        classGroups.forEach((className, sams) -> {
            int base = 0;
            List<Type> classFields = sams.size() == 1 ? sams.get(0).fields(groups.get(sams.get(0)))
                    : sharedFields(sams, groups);
            for (Sam sam : sams) {
                classNames.put(sam, className);
                bases.put(sam, base);
                base += groups.get(sam).size();
                fields.put(sam, classFields);
            }
        });
        Map<Integer, Target> targets = new HashMap<>();
        found.forEach((index, lambda) -> targets.put(index, new Target(classNames.get(lambda.sam()), lambda.sam(),
                lambda.id(), bases.get(lambda.sam()), lambda.descriptor())));
        classes.put(host, rewrite(reader, targets, fields, changes));
        classGroups.forEach((className, sams) -> classes.put(className, LambdaClass.write(className,
                sams.stream().map(sam -> new LambdaClass.Group(sam.functionalInterface(), sam.name(),
                        sam.descriptor(), bases.get(sam), groups.get(sam))).toList(), fields.get(sams.get(0)))));
        return new Result(classes, counts);
    }

    /**
     * The classes a host's lambdas go to, each with its groups. Lambdas that capture only references share one class
     * across functional interfaces ({@code Host$$Desugared$Lambdas}) where that cannot be told: no code tests an
     * object against any of the interfaces or their super interfaces, no two of them have an instance method of the
     * same name and descriptor from different declarations, and their single abstract methods differ. The others keep
     * one class per host and interface ({@code Host$$Desugared$Function}, ...).
     */
    private Map<String, List<Sam>> classGroups(String host, Collection<Sam> sams) {
        List<Sam> shared = new ArrayList<>();
        Map<String, String> declared = new HashMap<>();
        Set<String> abstractMethods = new HashSet<>();
        for (Sam sam : sams) {
            Optional<Map<String, String>> methods = sam.primitiveCaptures().isEmpty()
                    ? instanceMethods(sam.functionalInterface()) : Optional.empty();
            boolean clash = methods.isEmpty() || abstractMethods.contains(sam.name() + sam.descriptor())
                    || methods.get().entrySet().stream().anyMatch(method -> declared.containsKey(method.getKey())
                            && !declared.get(method.getKey()).equals(method.getValue()));
            if (!clash) {
                shared.add(sam);
                declared.putAll(methods.get());
                abstractMethods.add(sam.name() + sam.descriptor());
            }
        }
        Map<String, List<Sam>> classGroups = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        if (shared.size() > 1) {
            String name = unusedName(host + SUFFIX + "Lambdas", used);
            classGroups.put(name, shared);
            used.add(name);
        } else {
            shared.clear();
        }
        for (Sam sam : sams) {
            if (!shared.contains(sam)) {
                String name = className(host, sam, used);
                classGroups.put(name, List.of(sam));
                used.add(name);
            }
        }
        return classGroups;
    }

    /**
     * The instance methods of a functional interface and its super interfaces ({@code name + descriptor} to the
     * interface declaring it), or empty when the interface or one above it is tested by some code, or unknown.
     */
    private Optional<Map<String, String>> instanceMethods(String functionalInterface) {
        Map<String, String> methods = new HashMap<>();
        List<String> pending = new ArrayList<>(List.of(functionalInterface));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String type = pending.remove(pending.size() - 1);
            if (!seen.add(type)) {
                continue;
            }
            Optional<ClassAccess.Info> info = access.info(type);
            if (tested.contains(type) || info.isEmpty() || !info.get().isInterface()) {
                return Optional.empty();
            }
            info.get().methods().forEach((method, flags) -> {
                if ((flags & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
                    methods.putIfAbsent(method, type);
                }
            });
            pending.addAll(info.get().interfaces());
        }
        return Optional.of(methods);
    }

    /** Object fields for the most values any lambda of the shared class captures. */
    private static List<Type> sharedFields(List<Sam> sams, Map<Sam, List<LambdaClass.Site>> groups) {
        int most = sams.stream().flatMap(sam -> groups.get(sam).stream()).mapToInt(site -> site.captured().size())
                .max().orElse(0);
        return Collections.nCopies(most, Type.getObjectType("java/lang/Object"));
    }

    private static boolean isLambda(Handle bootstrap) {
        return "java/lang/invoke/LambdaMetafactory".equals(bootstrap.getOwner());
    }

    /**
     * The method a class in the host's package calls for this lambda, if it can: the implementation itself, the
     * host's own private static lambda method once loosened, or a static bridge in the host to a private method or
     * constructor of the host (recorded in {@code changes}). Empty when the lambda stays with LambdaMetafactory.
     */
    private Optional<Handle> callable(String host, boolean interfaceHost, Type factory, Type sam, Handle impl,
                                      Type instantiated, HostChanges changes) {
        String hostPackage = ClassAccess.packageOf(host);
        int tag = impl.getTag();
        if (tag != Opcodes.H_INVOKESTATIC && tag != Opcodes.H_INVOKEVIRTUAL && tag != Opcodes.H_INVOKEINTERFACE
                && tag != Opcodes.H_NEWINVOKESPECIAL && tag != Opcodes.H_INVOKESPECIAL
                || impl.getOwner().startsWith("[") || impl.getOwner().startsWith("java/lang/invoke/")) {
            return Optional.empty();
        }
        Type implType = Type.getMethodType(impl.getDesc());
        List<Type> implParameters = new ArrayList<>();
        if (tag != Opcodes.H_INVOKESTATIC && tag != Opcodes.H_NEWINVOKESPECIAL) {
            implParameters.add(Type.getObjectType(impl.getOwner()));
        }
        implParameters.addAll(List.of(implType.getArgumentTypes()));
        Type[] captured = factory.getArgumentTypes();
        boolean returnsNothing = implType.getReturnType().getSort() == Type.VOID && tag != Opcodes.H_NEWINVOKESPECIAL;
        if (returnsNothing && sam.getReturnType().getSort() != Type.VOID
                || sam.getArgumentTypes().length != instantiated.getArgumentTypes().length
                || captured.length + sam.getArgumentTypes().length != implParameters.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < captured.length; i++) {
            // captured values go to the implementation as they are, as LambdaMetafactory passes them
            boolean primitive = LambdaConversions.isPrimitive(captured[i])
                    || LambdaConversions.isPrimitive(implParameters.get(i));
            if (primitive && !captured[i].equals(implParameters.get(i))) {
                return Optional.empty();
            }
        }
        List<Type> named = new ArrayList<>(List.of(factory.getReturnType(), Type.getObjectType(impl.getOwner())));
        named.addAll(List.of(captured));
        for (Type method : List.of(sam, implType, instantiated)) {
            named.addAll(List.of(method.getArgumentTypes()));
            named.add(method.getReturnType());
        }
        for (Type type : named) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            if (element.getSort() == Type.OBJECT && !access.classAccessible(element.getInternalName(), hostPackage)) {
                return Optional.empty();
            }
        }
        boolean ownerIsInterface = access.info(impl.getOwner()).map(ClassAccess.Info::isInterface).orElse(!impl.isInterface());
        if (ownerIsInterface != impl.isInterface() || tag == Opcodes.H_INVOKEVIRTUAL && ownerIsInterface
                || tag == Opcodes.H_INVOKEINTERFACE && !ownerIsInterface) {
            // the instruction written must match the owner, as LambdaMetafactory picks it from the receiver's type
            return Optional.empty();
        }
        Optional<ClassAccess.Resolved> resolved = access.resolve(impl.getOwner(), impl.getName(), impl.getDesc());
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        int flags = resolved.get().access();
        boolean own = resolved.get().declaringClass().equals(host) && impl.getOwner().equals(host);
        if ((flags & Opcodes.ACC_PRIVATE) != 0) {
            if (!own) {
                return Optional.empty();
            }
            boolean lambdaBody = impl.getName().startsWith("lambda$") && (flags & Opcodes.ACC_SYNTHETIC) != 0
                    && (flags & Opcodes.ACC_STATIC) != 0 && tag == Opcodes.H_INVOKESTATIC;
            if (lambdaBody) {
                changes.loosen(impl.getName() + impl.getDesc());
                return Optional.of(impl);
            }
            return interfaceHost ? Optional.empty() : Optional.of(changes.bridge(impl, implParameters));
        }
        if (tag == Opcodes.H_INVOKESPECIAL) {
            // a super:: call or a non-private method called without dispatch: only the host may do that
            return Optional.empty();
        }
        boolean samePackage = ClassAccess.packageOf(resolved.get().declaringClass()).equals(hostPackage);
        return (flags & Opcodes.ACC_PUBLIC) != 0 || samePackage ? Optional.of(impl) : Optional.empty();
    }

    private String className(String host, Sam sam, Collection<String> used) {
        String functional = sam.functionalInterface();
        return unusedName(host + SUFFIX + functional.substring(functional.lastIndexOf('/') + 1).replace('$', '_'),
                used);
    }

    private String unusedName(String wanted, Collection<String> used) {
        String name = wanted;
        for (int n = 2; taken.test(name) || used.contains(name); n++) {
            name = wanted + "$" + n;
        }
        return name;
    }

    /**
     * The host with each desugared invokedynamic a load of its instance (or, for a capturing lambda, its id
     * pushed after the captured values and a call of its class's factory), its own loosened lambda methods
     * package-private, and the bridges added.
     */
    private static byte[] rewrite(ClassReader reader, Map<Integer, Target> targets, Map<Sam, List<Type>> fields,
                                  HostChanges changes) {
        // the maximum stack grows by one where a capturing lambda's id is pushed
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        boolean isInterface = (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0;
        int[] index = {0};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int acc, String name, String desc, String signature, String[] exceptions) {
                int flags = acc;
                if (changes.loosened(name + desc)) {
                    flags = acc & ~Opcodes.ACC_PRIVATE | (isInterface ? Opcodes.ACC_PUBLIC : 0);
                }
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(flags, name, desc, signature, exceptions)) {
                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDesc, Handle bsm, Object... args) {
                        Target target = targets.get(index[0]++);
                        if (target == null) {
                            super.visitInvokeDynamicInsn(indyName, indyDesc, bsm, args);
                            return;
                        }
                        Type indy = Type.getMethodType(target.descriptor());
                        int arity = indy.getArgumentTypes().length;
                        if (arity == 0) {
                            LambdaClass.loadSingleton(this, target.className(), indy.getReturnType().getInternalName(),
                                    target.id());
                        } else {
                            LambdaClass.push(this, target.base() + target.id());
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, target.className(), LambdaClass.factory(arity),
                                    LambdaClass.factoryDescriptor(indy.getReturnType().getInternalName(),
                                            fields.get(target.sam()), arity), false);
                        }
                    }
                };
            }

            @Override
            public void visitEnd() {
                changes.writeBridges(cv);
                super.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }
}
