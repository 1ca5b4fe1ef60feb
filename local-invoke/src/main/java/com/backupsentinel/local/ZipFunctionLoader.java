package com.backupsentinel.local;

import com.backupsentinel.local.zipcapture.ZipCaptureInterceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The loader of a function that runs from its zip: the unpacked zip's root and lib/*.jar, then one folder of local
 * invoke's own, holding {@link ZipCaptureInterceptor} and the SDK's global interceptor list naming it (the SDK looks
 * its interceptors up through its own loader, this one, and links them against the zip's SDK classes). Nothing of the
 * SDK or any library comes from local invoke.
 */
final class ZipFunctionLoader extends URLClassLoader {

    private static final String INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    ZipFunctionLoader(String name, List<Path> zipClasspath, ClassLoader parent) {
        super(name, urls(zipClasspath), parent);
    }

    private static URL[] urls(List<Path> zipClasspath) {
        List<Path> entries = new ArrayList<>(zipClasspath);
        entries.add(captureFolder());
        return entries.stream().map(ZipFunctionLoader::url).toArray(URL[]::new);
    }

    /** target/zip-capture/ beside local invoke's classes: the interceptor's class files and the SDK's list. */
    static synchronized Path captureFolder() {
        try {
            Path code = Path.of(ZipCaptureInterceptor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = code.getParent().resolve("zip-capture");
            String packagePath = ZipCaptureInterceptor.class.getPackageName().replace('.', '/');
            Path list = folder.resolve(INTERCEPTORS);
            if (!Files.isRegularFile(list)) {
                for (String simpleName : List.of("ZipCaptureInterceptor")) {
                    String classFile = packagePath + "/" + simpleName + ".class";
                    try (InputStream in = ZipFunctionLoader.class.getClassLoader().getResourceAsStream(classFile)) {
                        Files.createDirectories(folder.resolve(packagePath));
                        Files.copy(in, folder.resolve(classFile), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.createDirectories(list.getParent());
                Files.writeString(list, ZipCaptureInterceptor.class.getName() + "\n", StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write local invoke's capture interceptor folder", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return URI.create(path.toUri().toString()).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
