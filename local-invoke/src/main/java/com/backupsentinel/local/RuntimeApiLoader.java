package com.backupsentinel.local;

/**
 * The parent of a function's zip loader, as the Lambda runtime's own loader is: the JDK, plus the runtime API
 * (aws-lambda-java-core: Context, RequestHandler, RequestStreamHandler, LambdaLogger, ...) from local invoke, so the
 * handler and local invoke agree on those types. The event library ({@code ...runtime.events}) is the function's
 * own, from its zip; nothing else of local invoke's classpath is visible.
 */
final class RuntimeApiLoader extends ClassLoader {

    private static final String RUNTIME_API = "com.amazonaws.services.lambda.runtime.";
    private static final String EVENTS = RUNTIME_API + "events.";
    private static final String SERIALIZATION = RUNTIME_API + "serialization.";

    private final ClassLoader localInvoke;

    RuntimeApiLoader(ClassLoader localInvoke) {
        super("lambda-runtime-api", ClassLoader.getPlatformClassLoader());
        this.localInvoke = localInvoke;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(RUNTIME_API) && !name.startsWith(EVENTS) && !name.startsWith(SERIALIZATION)) {
            return localInvoke.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
