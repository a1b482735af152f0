package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.bellwether.core.Election;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NistErrWriterTest {

    static Stream<Path> nistFiles() {
        return Stream.of(NistFiles.GEN01_XML, NistFiles.GEN01_JSON, NistFiles.CAMBRIDGE_XML, NistFiles.CAMBRIDGE_JSON);
    }

    @ParameterizedTest
    @MethodSource("nistFiles")
    void writtenXmlValidatesAgainstTheNistXsd(Path file) {
        assertThat(Schemas.xmlProblems(Written.xml(NistFiles.read(file)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("nistFiles")
    void writtenJsonValidatesAgainstTheNistJsonSchema(Path file) {
        assertThat(Schemas.jsonProblems(Written.json(NistFiles.read(file)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("nistFiles")
    void readingWritingAndReadingBackGivesTheSameElection(Path file, @TempDir Path dir) {
        Election read = NistFiles.read(file);

        Election xml = Written.readBack(Written.xml(read), dir, "back.xml");
        Election json = Written.readBack(Written.json(read), dir, "back.json");

        assertThat(Results.of(xml)).isEqualTo(Results.of(read));
        assertThat(Results.of(json)).isEqualTo(Results.of(read));
        assertThat(xml.tallies().stream().toList()).as("NIST to NIST keeps even the order of tallies")
                .isEqualTo(read.tallies().stream().toList());
        assertThat(json.statistics()).isEqualTo(read.statistics());
    }

    @ParameterizedTest
    @MethodSource("nistFiles")
    void outputIsByteIdenticalAcrossRuns(Path file) {
        assertThat(Written.xml(NistFiles.read(file))).isEqualTo(Written.xml(NistFiles.read(file)));
        assertThat(Written.json(NistFiles.read(file))).isEqualTo(Written.json(NistFiles.read(file)));
    }
}
