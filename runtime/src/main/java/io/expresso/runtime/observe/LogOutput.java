package io.expresso.runtime.observe;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where log lines go: a file (appended to) or standard output. Written by the logger thread only. */
public final class LogOutput implements AutoCloseable {

    private final OutputStream out;
    private final boolean closeable;

    private LogOutput(OutputStream out, boolean closeable) {
        this.out = out;
        this.closeable = closeable;
    }

    /** Appends to {@code file}, creating it if needed. */
    public static LogOutput file(Path file) {
        try {
            return new LogOutput(new BufferedOutputStream(new FileOutputStream(file.toFile(), true), 1 << 16), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the log file " + file, e);
        }
    }

    public static LogOutput stdout() {
        return new LogOutput(new BufferedOutputStream(new FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false);
    }

    void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        if (closeable) {
            out.close();
        }
    }
}
