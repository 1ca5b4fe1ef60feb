package com.backupsentinel.local;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;

/** {@link LambdaLogger} writing to a stream (stderr in local invoke), one message as given, like Lambda. */
final class StreamLambdaLogger implements LambdaLogger {

    private final PrintStream stream;

    StreamLambdaLogger(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void log(String message) {
        stream.print(message);
        stream.flush();
    }

    @Override
    public void log(byte[] message) {
        stream.write(message, 0, message.length);
        stream.flush();
    }
}
