package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void readsTheMajorVersionOfOldAndNewSpecificationVersions() {
        assertThat(Launcher.major("1.8")).isEqualTo(8);
        assertThat(Launcher.major("17")).isEqualTo(17);
        assertThat(Launcher.major("21")).isEqualTo(21);
        assertThat(Launcher.major("25-ea")).isEqualTo(25);
        assertThat(Launcher.major("")).isZero();
    }

    @Test
    void isCompiledForJava8SoThatAnOldJavaCanLoadIt() throws IOException {
        byte[] header = new byte[8];
        try (var in = Launcher.class.getResourceAsStream("Launcher.class")) {
            assertThat(in.readNBytes(header, 0, 8)).isEqualTo(8);
        }
        assertThat(header[7]).isEqualTo((byte) 52);
    }

    @Test
    void anOldJavaGetsAClearMessageInsteadOfAClassVersionError() throws Exception {
        Optional<Path> old = oldJava();
        assumeTrue(old.isPresent(), "no Java older than 21 under /usr/lib/jvm");
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(old.get().toString(), "-cp", classes.toString(), "org.bellwether.cli.Launcher",
                "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out).startsWith("bellwether: needs Java 21 or newer, but was started with Java ")
                .doesNotContain("UnsupportedClassVersionError");
    }

    private static Optional<Path> oldJava() throws IOException {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvm)) {
            return dirs.filter(d -> d.getFileName().toString().matches(".*-(8|11|17)(-.*|\\.\\d.*)?"))
                    .map(d -> d.resolve("bin/java")).filter(Files::isExecutable)
                    .min(Comparator.naturalOrder());
        }
    }
}
