package com.backupsentinel.shared.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarFirstHandlerTest {

    private static final ClassLoader LOADER = JarFirstHandlerTest.class.getClassLoader();

    @TempDir
    Path temp;

    public static final class EchoHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            output.write(input.readAllBytes());
        }
    }

    /** Fails in its (implicit, public) constructor, as a handler whose configuration is missing does. */
    public static final class FailingHandler implements RequestStreamHandler {
        {
            failConfiguration();
        }

        private static void failConfiguration() {
            throw new IllegalStateException("Environment variable TOPIC_ARN is required");
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) {
        }
    }

    public static final class NoDefaultConstructor implements RequestStreamHandler {
        NoDefaultConstructor(String unused) {
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) {
        }
    }

    @Test
    void buildsTheRealHandlerWithItsNoArgumentConstructorInTheGivenLoader() {
        assertThat(JarFirstHandler.construct(EchoHandler.class.getName(), LOADER)).isInstanceOf(EchoHandler.class);
    }

    @Test
    void namesAHandlerMissingFromTheJars() {
        assertThatThrownBy(() -> JarFirstHandler.construct("com.example.MissingHandler", LOADER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The handler com.example.MissingHandler is not in the function's lib/ jars");
    }

    @Test
    void refusesAClassThatIsNotAStreamHandler() {
        assertThatThrownBy(() -> JarFirstHandler.construct(String.class.getName(), LOADER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The handler java.lang.String is not a RequestStreamHandler");
    }

    @Test
    void refusesAHandlerWithoutAPublicNoArgumentConstructor() {
        assertThatThrownBy(() -> JarFirstHandler.construct(NoDefaultConstructor.class.getName(), LOADER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The handler " + NoDefaultConstructor.class.getName()
                        + " has no public no-argument constructor");
    }

    @Test
    void letsTheRealHandlersOwnConstructionFailureThroughUnwrapped() {
        assertThatThrownBy(() -> JarFirstHandler.construct(FailingHandler.class.getName(), LOADER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Environment variable TOPIC_ARN is required");
    }

    @Test
    void listsTheJarsOfLibInNameOrder() throws IOException {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Files.createFile(lib.resolve("b.jar"));
        Files.createFile(lib.resolve("a.jar"));
        Files.createFile(lib.resolve("notes.txt"));

        assertThat(JarFirst.libJars(temp)).containsExactly(lib.resolve("a.jar"), lib.resolve("b.jar"));
    }

    @Test
    void saysSoWhenTheRootHasNoLibFolder() {
        assertThatThrownBy(() -> JarFirst.libJars(temp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The function's zip has no lib/ folder beside " + temp);
    }
}
