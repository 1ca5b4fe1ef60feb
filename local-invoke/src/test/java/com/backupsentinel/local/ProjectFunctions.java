package com.backupsentinel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The project's template.yaml, its functions resolved with the parameters' defaults, and their modules. */
final class ProjectFunctions {

    static final Path ROOT = ProjectRoot.find();
    static final Template TEMPLATE = Template.load(ROOT.resolve("template.yaml"));
    private static final Pattern CODE_URI = Pattern.compile("functions/([a-z0-9-]+)/target/\\1\\.zip");

    private ProjectFunctions() {
    }

    static List<String> ids() {
        return TEMPLATE.functionIds();
    }

    /** The class file of every template function's handler: what a zip's root holds besides the boot classes. */
    static Set<String> handlerClasses() {
        return ids().stream().map(id -> read(id, Map.of()).handlerClass().replace('.', '/') + ".class")
                .collect(Collectors.toSet());
    }

    static StackSettings stack(Map<String, String> parameters) {
        return StackSettings.local("us-east-1", StackSettings.DEFAULT_ACCOUNT_ID, parameters);
    }

    static FunctionDefinition read(String logicalId, Map<String, String> parameters) {
        return FunctionReader.read(new IntrinsicResolver(TEMPLATE, new PhysicalIds(TEMPLATE, stack(parameters), Map.of())),
                logicalId);
    }

    /** The module folder name a CodeUri of the form functions/NAME/target/NAME.zip names. */
    static Optional<String> module(FunctionDefinition function) {
        return function.codeUri().map(uri -> ROOT.relativize(uri).toString().replace('\\', '/'))
                .map(CODE_URI::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    static Path moduleDir(String module) {
        return ROOT.resolve("functions").resolve(module);
    }

    /** The AllowedValues of the Environment parameter (the seed's deployment environments). */
    static List<String> environments() {
        Object declaration = TEMPLATE.section("Parameters").get("Environment");
        if (declaration instanceof Map && ((Map<?, ?>) declaration).get("AllowedValues") instanceof List) {
            return ((List<?>) ((Map<?, ?>) declaration).get("AllowedValues")).stream().map(String::valueOf)
                    .collect(Collectors.toList());
        }
        return List.of();
    }

    /**
     * Whether a sample of {@code functionId}'s module (events/MODULE/) is that function's: every sample when the module
     * builds one function; when it builds several (org-validator: the plan, the shard and the aggregator), those whose
     * name starts with a word of the function's logical id ({@code plan-...json}, {@code shard-...json},
     * {@code aggregator-...json}).
     */
    static boolean isSampleOf(String functionId, Path sample) {
        Optional<String> module = module(read(functionId, Map.of()));
        long siblings = ids().stream().filter(id -> module(read(id, Map.of())).equals(module)).count();
        if (siblings <= 1) {
            return true;
        }
        String word = sample.getFileName().toString().split("-", 2)[0].toLowerCase(Locale.ROOT);
        return !word.isEmpty() && functionId.toLowerCase(Locale.ROOT).contains(word);
    }

    static boolean isModule(String module) {
        return Files.isRegularFile(moduleDir(module).resolve("pom.xml"));
    }
}
