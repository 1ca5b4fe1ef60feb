package com.backupsentinel.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The regions jar's table of every AWS service's endpoint metadata ({@code GeneratedServiceMetadataProvider}: about
 * 300 {@code <Service>ServiceMetadata} classes, 1.9 MB, a fifth of a zip once deflated), cut to the services whose
 * clients the function packages. A service's metadata is looked up by its endpoint prefix, and only a client of that
 * service asks for it; an unknown prefix gets the SDK's {@code DefaultServiceMetadata} (partition defaults), so a cut
 * can never fail a look-up. The metadata classes of the other services become unreachable and are not packaged.
 */
final class ServiceMetadataTable {

    static final String PROVIDER = "software/amazon/awssdk/regions/GeneratedServiceMetadataProvider";
    static final Pattern CLIENT_BUILDER =
            Pattern.compile("software/amazon/awssdk/services/[a-z0-9]+/Default[A-Za-z0-9]*BaseClientBuilder");
    private static final String METADATA_PACKAGE = "software/amazon/awssdk/regions/servicemetadata/";
    private static final int ENTRY_LENGTH = 5;

    private ServiceMetadataTable() {
    }

    /** The endpoint prefixes ({@code dynamodb}, {@code tagging}) the SDK client builders among {@code classes} name. */
    static Set<String> endpointPrefixes(Map<String, byte[]> classes) {
        Set<String> prefixes = new TreeSet<>();
        classes.forEach((className, bytes) -> {
            if (CLIENT_BUILDER.matcher(className).matches()) {
                for (MethodNode method : read(bytes).methods) {
                    if ("serviceEndpointPrefix".equals(method.name) && "()Ljava/lang/String;".equals(method.desc)) {
                        for (AbstractInsnNode instruction : method.instructions) {
                            if (instruction instanceof LdcInsnNode ldc && ldc.cst instanceof String prefix) {
                                prefixes.add(prefix);
                            }
                        }
                    }
                }
            }
        });
        return prefixes;
    }

    /**
     * The provider class with only the table entries of {@code kept} prefixes. Each entry of its static initialiser
     * is {@code ldc PREFIX; new METADATA; dup; invokespecial METADATA.<init>()V; invokevirtual Builder.put}, which
     * leaves the builder on the stack as it found it: an entry is removed whole, anything else stays as it is.
     */
    static byte[] keepOnly(byte[] providerClass, Set<String> kept) {
        ClassNode provider = read(providerClass);
        for (MethodNode method : provider.methods) {
            if ("<clinit>".equals(method.name)) {
                List<AbstractInsnNode> code = new ArrayList<>();
                method.instructions.forEach(instruction -> {
                    if (instruction.getOpcode() >= 0) {
                        code.add(instruction); // labels and line numbers stay where they are
                    }
                });
                for (int i = 0; i + ENTRY_LENGTH <= code.size(); i++) {
                    List<AbstractInsnNode> entry = code.subList(i, i + ENTRY_LENGTH);
                    if (isEntry(entry) && !kept.contains((String) ((LdcInsnNode) entry.get(0)).cst)) {
                        entry.forEach(method.instructions::remove);
                        i += ENTRY_LENGTH - 1;
                    }
                }
            }
        }
        ClassWriter writer = new ClassWriter(0);
        provider.accept(writer);
        return writer.toByteArray();
    }

    private static boolean isEntry(List<AbstractInsnNode> entry) {
        return entry.get(0) instanceof LdcInsnNode ldc && ldc.cst instanceof String
                && entry.get(1) instanceof TypeInsnNode create && create.getOpcode() == Opcodes.NEW
                && create.desc.startsWith(METADATA_PACKAGE)
                && entry.get(2).getOpcode() == Opcodes.DUP
                && entry.get(3) instanceof MethodInsnNode init && init.getOpcode() == Opcodes.INVOKESPECIAL
                && "<init>".equals(init.name) && "()V".equals(init.desc)
                && entry.get(4) instanceof MethodInsnNode put && "put".equals(put.name);
    }

    private static ClassNode read(byte[] classFile) {
        ClassNode type = new ClassNode();
        new ClassReader(classFile).accept(type, 0);
        return type;
    }
}
