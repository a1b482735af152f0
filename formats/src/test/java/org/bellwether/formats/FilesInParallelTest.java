package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.SameElection;
import org.bellwether.core.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files read apart, each into its own builder, and appended in their order give the election a read of one after
 * another gives, on every real multi-file election in the shared data: same names in the same order, same rows,
 * statistics, notes and sources.
 */
class FilesInParallelTest {

    /** Kansas 4th's Greenwood file disagrees with itself on one row; noted, so that the read goes on. */
    private static final ReadOptions OPTIONS = new ReadOptions(ReadOptions.DEFAULT.aliases(),
            ReadOptions.DEFAULT.metadata(), TotalsPolicy.REPORT);

    private final Readers readers = Readers.standard();

    @ParameterizedTest
    @ValueSource(strings = {"ga06-2017/openelections", "ga06-2017/clarity", "ga-baseline/2016-precinct",
        "ga-baseline/2016-clarity"})
    void filesAppendedInTheirOrderMakeTheElectionOfAReadInTurn(String folder) throws IOException {
        List<Path> files = files(folder);
        Election inTurn = readers.readInTurn(files, OPTIONS, f -> { });

        List<ElectionBuilder> parts = new ArrayList<>();
        assertThat(readers.readEach(files, OPTIONS, (i, part) -> parts.add(part))).isTrue();
        ElectionBuilder whole = parts.get(0);
        parts.subList(1, parts.size()).forEach(part -> assertThat(whole.append(part)).isTrue());

        assertSame(Readers.checked(whole.build(), files, new int[files.size()]), inTurn);
        assertSame(readers.read(files, OPTIONS), inTurn);
    }

    /** Kansas 4th's files name two days: a reader in turn notes it, so appending refuses and the read goes in turn. */
    @ParameterizedTest
    @ValueSource(strings = {"specials-2017/ks04"})
    void filesThatNameDifferentDaysAreReadInTurn(String folder) throws IOException {
        List<Path> files = files(folder).stream().filter(f -> f.toString().endsWith("precinct.csv")).toList();
        Election inTurn = readers.readInTurn(files, OPTIONS, f -> { });

        List<ElectionBuilder> parts = new ArrayList<>();
        readers.readEach(files, OPTIONS, (i, part) -> parts.add(part));
        ElectionBuilder whole = parts.get(0);

        assertThat(parts.stream().skip(1).map(whole::append).toList()).contains(false);
        assertThat(inTurn.notes()).anyMatch(n -> n.contains("the earlier, is kept"));
        assertSame(readers.read(files, OPTIONS), inTurn);
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> listing = Files.list(SharedData.root().resolve(folder))) {
            List<Path> files = listing.filter(f -> f.toString().matches(".*\\.(csv|xml|json)")).sorted().toList();
            assertThat(files).hasSizeGreaterThan(1);
            return files;
        }
    }

    private static void assertSame(Election actual, Election expected) {
        SameElection.assertSameElection(actual, expected);
        assertThat(actual.state()).isEqualTo(expected.state());
        assertThat(actual.certification()).isEqualTo(expected.certification());
    }
}
