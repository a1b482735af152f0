package org.bellwether.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Guards the fuzz tests' inputs (jsoup's {@code FuzzFixesTest} idea): the fuzz tests replay whatever files their
 * folders hold and pass on an empty folder, so each folder must keep its real seeds, and every finding kept there
 * as a regression file ({@code crash-}, {@code timeout-} or {@code oom-}, as Jazzer names them) must say in the
 * folder's README what it found and how it was fixed.
 */
class FuzzFindingsTest {

    private static final List<String> TESTS = List.of("GeorgiaSosJsonFuzzTest", "OpenElectionsCsvFuzzTest",
            "ClarityDetailFuzzTest", "NistErrXmlFuzzTest", "NistErrJsonFuzzTest", "PublishedSpecialsFuzzTest",
            "EssXlsxCvrFuzzTest", "RankCsvCvrFuzzTest", "RctabConfigFuzzTest", "DominionCvrFuzzTest",
            "CdfXmlCvrFuzzTest", "HartCvrFuzzTest", "CdfJsonCvrFuzzTest", "CvrDiscoveryFuzzTest");

    @ParameterizedTest
    @FieldSource("TESTS")
    void everyFuzzTestHasRealSeeds(String test) {
        assertThat(names(inputs(test))).anyMatch(name -> name.startsWith("seed-"));
    }

    @Test
    void everyKeptFindingIsExplainedInTheReadme() throws IOException {
        String readme = Files.readString(inputs("GeorgiaSosJsonFuzzTest").getParent().getParent()
                .resolve("README.md"));
        List<String> findings = TESTS.stream()
                .flatMap(test -> names(inputs(test)).stream())
                .filter(name -> name.startsWith("crash-") || name.startsWith("timeout-") || name.startsWith("oom-"))
                .toList();
        assertThat(findings).allMatch(readme::contains);
    }

    private static Path inputs(String test) {
        String folder = test + "Inputs/readsOrRejects";
        URL url = FuzzFindingsTest.class.getResource(folder);
        assertThat(url).as("test resource folder %s", folder).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
