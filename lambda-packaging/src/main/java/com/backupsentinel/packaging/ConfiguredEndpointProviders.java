package com.backupsentinel.packaging;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * SDK client builders that work out their build-time endpoint with the endpoint provider the client is given, not with
 * a new default provider.
 *
 * <p>A client builder of the 2.5x code generator ({@code DefaultXxxBaseClientBuilder}) resolves two values while the
 * client is built: the signing region (from the endpoint's auth schemes) and, without an endpoint override, the
 * client's endpoint. Both call the builder's private {@code defaultEndpointProvider()}, a new
 * {@code DefaultXxxEndpointProvider}, whichever provider the client was given, so the service's rules engine and
 * partition table (about 30 classes per service) load while every client is built. Rewritten, both read the client's
 * own provider ({@code SdkClientOption.ENDPOINT_PROVIDER}): the same default provider unless the code set one. The
 * functions give SNS and DynamoDB clients lean providers that answer as the default ones do (shared's
 * {@code LeanEndpointProvider}, proven by {@code LeanEndpointProvidersTest}), so the values do not change and the rules
 * engine stays off the cold path.
 *
 * <p>Only the exact shape is rewritten: in an instance method {@code lambda$finalizeServiceConfiguration$N} taking
 * one {@code AttributeMap.LazyValueSource}, {@code aload_0; invokespecial <builder>.defaultEndpointProvider()} becomes
 * {@code aload_1; getstatic SdkClientOption.ENDPOINT_PROVIDER; invokeinterface LazyValueSource.get; checkcast
 * <provider>}. Other builders (older generators, such as the backup jar's, which resolve nothing at build time) stay as
 * they are.
 */
final class ConfiguredEndpointProviders {

    private static final String LAMBDA_PREFIX = "lambda$finalizeServiceConfiguration$";
    private static final String LAZY_VALUE_SOURCE = "software/amazon/awssdk/utils/AttributeMap$LazyValueSource";
    private static final String DEFAULT_PROVIDER_METHOD = "defaultEndpointProvider";
    private static final String CLIENT_OPTION = "software/amazon/awssdk/core/client/config/SdkClientOption";

    private ConfiguredEndpointProviders() {
    }

    /** Whether {@code className} is a generated client builder this step looks at. */
    static boolean isClientBuilder(String className) {
        return ServiceMetadataTable.CLIENT_BUILDER.matcher(className).matches();
    }

    /** The builder with its build-time lambdas reading the configured provider, or {@code builderClass} unchanged. */
    static byte[] rewrite(byte[] builderClass) {
        ClassNode builder = new ClassNode();
        new ClassReader(builderClass).accept(builder, 0);
        int rewritten = 0;
        for (MethodNode method : builder.methods) {
            if (method.name.startsWith(LAMBDA_PREFIX) && (method.access & Opcodes.ACC_STATIC) == 0
                    && method.desc.startsWith("(L" + LAZY_VALUE_SOURCE + ";)")) {
                rewritten += rewrite(builder.name, method);
            }
        }
        if (rewritten == 0) {
            return builderClass;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        builder.accept(writer);
        return writer.toByteArray();
    }

    private static int rewrite(String owner, MethodNode method) {
        int rewritten = 0;
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
                    && owner.equals(call.owner) && DEFAULT_PROVIDER_METHOD.equals(call.name)
                    && call.desc.startsWith("()L") && call.getPrevious() instanceof VarInsnNode load
                    && load.getOpcode() == Opcodes.ALOAD && load.var == 0) {
                String provider = Type.getReturnType(call.desc).getInternalName();
                InsnList configured = new InsnList();
                configured.add(new VarInsnNode(Opcodes.ALOAD, 1));
                configured.add(new FieldInsnNode(Opcodes.GETSTATIC, CLIENT_OPTION, "ENDPOINT_PROVIDER",
                        "L" + CLIENT_OPTION + ";"));
                configured.add(new MethodInsnNode(Opcodes.INVOKEINTERFACE, LAZY_VALUE_SOURCE, "get",
                        "(Lsoftware/amazon/awssdk/utils/AttributeMap$Key;)Ljava/lang/Object;", true));
                configured.add(new TypeInsnNode(Opcodes.CHECKCAST, provider));
                method.instructions.insertBefore(load, configured);
                method.instructions.remove(load);
                method.instructions.remove(call);
                rewritten++;
            }
        }
        return rewritten;
    }
}
