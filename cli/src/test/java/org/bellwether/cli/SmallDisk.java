package org.bellwether.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small tmpfs mounted for a test: the only honest full or read-only disk. Mounting needs root; where it is not
 * allowed (most CI runners), {@link #mount} gives nothing and the test is skipped with that reason.
 */
record SmallDisk(Path dir) implements AutoCloseable {

    static final String CANNOT_MOUNT = "cannot mount a tmpfs here (needs root and mount permission)";

    static Optional<SmallDisk> mount(Path dir, String options) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 ? Optional.of(new SmallDisk(dir)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            new ProcessBuilder("umount", dir.toString()).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
