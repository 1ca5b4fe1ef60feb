package com.backupsentinel.packaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The AWS SDK's service clients: {@code <Service>Client}, {@code <Service>AsyncClient}, their {@code Default...}
 * implementations and the SDK's own wrappers of them (S3's cross-region and delegating clients). Each has one method
 * (or a few: request, consumer-builder, paginator variants) per operation of
 * the service, and through them refers to every model class of the service: this is where a function that calls
 * five operations of a 300-operation service can drop the rest.
 */
final class SdkClients {

    private static final Pattern CLIENT = Pattern.compile(
            "software/amazon/awssdk/services/([a-z0-9]+)/([a-z0-9]+/)*[A-Za-z0-9]*Client");
    private static final Pattern LAMBDA = Pattern.compile("lambda\\$(\\w+?)\\$\\d+");
    private static final String PAGINATOR = "Paginator";

    private SdkClients() {
    }

    /** The service package ({@code dynamodb}) when {@code className} is a client class of it. */
    static Optional<String> servicePackage(String className) {
        Matcher matcher = CLIENT.matcher(className);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The operation a client method belongs to, when it is an operation method: public, not static, taking or
     * returning a type of the service's model or paginators package (or a request-builder consumer), named after the
     * operation (paginator variants end with "Paginator"); lambda bodies belong to the method that wrote them.
     */
    static Optional<String> operationOf(String servicePackage, ClassRefs.MethodRefs method) {
        Matcher lambda = LAMBDA.matcher(method.name());
        if (lambda.matches()) {
            // lambdas of constructors (lambda$new$N) and static initialisers (lambda$static$N) belong to no operation
            String writer = lambda.group(1);
            return "new".equals(writer) || "static".equals(writer) ? Optional.empty()
                    : Optional.of(operationName(writer));
        }
        if ((method.access() & Opcodes.ACC_PUBLIC) == 0 || (method.access() & Opcodes.ACC_STATIC) != 0
                || method.name().startsWith("<")) {
            return Optional.empty();
        }
        String prefix = "software/amazon/awssdk/services/" + servicePackage + "/";
        Type type = Type.getMethodType(method.descriptor());
        boolean modelled = isModel(type.getReturnType(), prefix);
        for (Type argument : type.getArgumentTypes()) {
            modelled |= isModel(argument, prefix) || "java/util/function/Consumer".equals(internalName(argument));
        }
        return modelled ? Optional.of(operationName(method.name())) : Optional.empty();
    }

    static String operationName(String methodName) {
        return methodName.endsWith(PAGINATOR) ? methodName.substring(0, methodName.length() - PAGINATOR.length())
                : methodName;
    }

    private static boolean isModel(Type type, String prefix) {
        String name = internalName(type);
        return name != null && (name.startsWith(prefix + "model/") || name.startsWith(prefix + "paginators/")
                || name.startsWith(prefix + "waiters/") || name.endsWith("Utilities") && name.startsWith(prefix));
    }

    private static String internalName(Type type) {
        return type.getSort() == Type.OBJECT ? type.getInternalName() : null;
    }
}
