package com.backupsentinel.packaging;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The classes a function can reach from its roots (its own classes and jars kept whole, execution interceptors,
 * the ServiceLoader providers of every service interface it reaches, classes named in reachable string constants),
 * following every reference of a class, except in SDK clients: there only the operations something reachable calls
 * count.
 */
final class Reachability {

    /**
     * Never reached at run time, whatever refers to them. S3's CRT-based client needs the aws-crt native library,
     * which no function ships. S3 Express's session credentials cache (an S3 async client calling CreateSession,
     * 40% of the S3 classes) serves directory buckets only, which no function uses; the template sets
     * AWS_S3_DISABLE_EXPRESS_SESSION_AUTH=true so the SDK never asks for it.
     */
    static final List<String> NOT_PACKAGED = List.of("software/amazon/awssdk/services/s3/internal/crt/",
            "software/amazon/awssdk/services/s3/internal/s3express/S3ExpressIdentityCache");

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*([./][A-Za-z_$][\\w$]*)+");

    private final Map<String, ClassRefs> universe;
    private final Map<String, List<String>> providers;
    private final Set<String> reachable = new HashSet<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private final Map<String, Set<String>> usedOperations = new TreeMap<>();
    private final Map<String, Set<String>> includedMethods = new HashMap<>();
    /** Request and response classes of each operation ("service/operation"), and those held back until it is used. */
    private final Map<String, String> operationOfType = new HashMap<>();
    /** The first class that reached each class: {@link #why(String)}. */
    private final Map<String, String> reachedFrom = new HashMap<>();
    private final Map<String, String> operationReachedFrom = new HashMap<>();
    private String visiting = "(root)";
    private final Map<String, Set<String>> heldBack = new HashMap<>();

    /**
     * @param universe  every class of the function, by internal name
     * @param providers ServiceLoader providers by service interface (internal names)
     */
    Reachability(Map<String, ClassRefs> universe, Map<String, List<String>> providers) {
        this.universe = universe;
        this.providers = providers;
        universe.values().forEach(this::indexOperationTypes);
    }

    /**
     * An operation's request and response classes are reached through it, or through any class other than the
     * generated endpoint-rule code ({@code endpoints/internal/}), which names every operation's request in casts and
     * descriptors, on paths that run for that operation alone, without the verifier loading them. Local invoke and
     * the event samples run every function from its zip, so a class this holds back wrongly fails the build.
     */
    private void indexOperationTypes(ClassRefs refs) {
        Optional<String> service = SdkClients.servicePackage(refs.name);
        if (service.isEmpty() || !refs.isInterface) {
            return;
        }
        String model = "software/amazon/awssdk/services/" + service.get() + "/model/";
        for (ClassRefs.MethodRefs method : refs.methods.values()) {
            SdkClients.operationOf(service.get(), method).ifPresent(operation -> {
                String type = Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
                for (String suffix : List.of("Request", "Response")) {
                    if (universe.containsKey(model + type + suffix)) {
                        operationOfType.put(model + type + suffix, service.get() + "/" + operation);
                    }
                }
            });
        }
    }

    Reachability from(Collection<String> roots) {
        roots.forEach(this::load);
        while (!queue.isEmpty()) {
            visit(queue.pop());
        }
        return this;
    }

    Set<String> reachable() {
        return reachable;
    }

    /** How {@code className} (or "service/operation") was reached: the chain of first referrers, for diagnosis. */
    String why(String name) {
        StringBuilder chain = new StringBuilder(name);
        String current = operationReachedFrom.getOrDefault(name, reachedFrom.get(name));
        for (int i = 0; current != null && i < 40; i++) {
            chain.append(" <- ").append(current);
            current = reachedFrom.get(current);
        }
        return chain.toString();
    }

    /** Whether a string constant of a reachable class contains {@code text} (a resource's file name). */
    boolean mentions(String text) {
        for (String className : reachable) {
            for (String constant : universe.get(className).strings) {
                if (constant.contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The operations kept per service package, for the stubs and the report. */
    Map<String, Set<String>> usedOperations() {
        return usedOperations;
    }

    /** A class that code loads when it runs: added even when it belongs to an unused operation. */
    private void load(String className) {
        add(className, true);
    }

    private void add(String className) {
        add(className, false);
    }

    private void add(String className, boolean loaded) {
        if (NOT_PACKAGED.stream().anyMatch(className::startsWith)) {
            return;
        }
        String operation = operationOfType.get(className);
        if (operation != null && !loaded && !usedOperations.getOrDefault(operation.substring(0, operation.indexOf('/')), Set.of())
                .contains(operation.substring(operation.indexOf('/') + 1))) {
            heldBack.computeIfAbsent(operation, o -> new HashSet<>()).add(className);
            return;
        }
        if (universe.containsKey(className) && reachable.add(className)) {
            reachedFrom.put(className, visiting);
            queue.push(className);
            providers.getOrDefault(className, List.of()).forEach(this::load);
        }
    }

    private void visit(String className) {
        visiting = className;
        ClassRefs refs = universe.get(className);
        Optional<String> service = SdkClients.servicePackage(className);
        if (service.isEmpty()) {
            // the endpoint rules' parameter code names every operation's request, each on its operation's path only
            // (and in a way the verifier does not load); anywhere else a reference may be loaded by verification
            Set<String> references = className.contains("/endpoints/internal/") ? refs.loading() : refs.all();
            references.forEach(this::load);
            refs.all().forEach(this::add);
            refs.methods.values().forEach(this::follow);
        } else {
            refs.classLevel.forEach(this::add);
            includeClientMethods(refs, service.get());
        }
        for (String constant : refs.strings) {
            if (constant.length() < 200 && CLASS_NAME.matcher(constant).matches()) {
                load(constant.replace('.', '/'));
            }
        }
    }

    /** Adds the methods of a client that are not operations, or whose operation is used. */
    private void includeClientMethods(ClassRefs client, String service) {
        Set<String> included = includedMethods.computeIfAbsent(client.name, n -> new HashSet<>());
        Set<String> used = usedOperations.computeIfAbsent(service, s -> new TreeSet<>());
        for (ClassRefs.MethodRefs method : client.methods.values()) {
            String key = method.name() + method.descriptor();
            if (included.contains(key)) {
                continue;
            }
            Optional<String> operation = SdkClients.operationOf(service, method);
            if (operation.isEmpty() || used.contains(operation.get())) {
                included.add(key);
                method.loading().forEach(this::load);
                method.classes().forEach(this::add);
                follow(method);
            }
        }
    }

    /** Marks the client operations a method calls as used, and brings in their methods in every client. */
    private void follow(ClassRefs.MethodRefs method) {
        for (String[] call : method.calls()) {
            Optional<String> service = SdkClients.servicePackage(call[0]);
            if (service.isEmpty() || !universe.containsKey(call[0])) {
                continue;
            }
            String operation = SdkClients.operationName(call[1]);
            if (usedOperations.computeIfAbsent(service.get(), s -> new TreeSet<>()).add(operation)) {
                operationReachedFrom.put(service.get() + "/" + operation, visiting);
                heldBack.getOrDefault(service.get() + "/" + operation, Set.of()).forEach(this::load);
                for (String client : new TreeSet<>(reachable)) {
                    if (service.equals(SdkClients.servicePackage(client))) {
                        includeClientMethods(universe.get(client), service.get());
                    }
                }
            }
        }
    }
}
