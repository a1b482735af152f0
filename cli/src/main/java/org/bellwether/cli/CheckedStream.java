package org.bellwether.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that reports its first write error as an {@link OutputFailure} instead of keeping it to itself:
 * the {@link java.io.PrintWriter} picocli hands to commands swallows {@link IOException}s (a full disk would cut
 * standard output silently and exit 0) but lets unchecked exceptions through. After the failure has been reported,
 * further writes are dropped, so that closing or flushing does not report it twice.
 */
final class CheckedStream extends OutputStream {

    private final OutputStream out;
    private final String name;
    private boolean failed;

    CheckedStream(OutputStream out, String name) {
        this.out = out;
        this.name = name;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (!failed) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    @Override
    public void flush() {
        if (!failed) {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    private OutputFailure failure(IOException e) {
        failed = true;
        return new OutputFailure(name, e);
    }
}
