package org.bellwether.formats.openelections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Whether a file ends with a line end: every exporter we know ends its last record with one, a cut file does not. */
final class LastByte {

    private LastByte() {
    }

    static boolean isLineEnd(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == '\n' || last.get(0) == '\r';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
