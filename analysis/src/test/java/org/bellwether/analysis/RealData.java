package org.bellwether.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.TotalsPolicy;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.bellwether.formats.sidefile.ChoiceAliasesFile;
import org.bellwether.formats.sidefile.ChoiceMetadataFile;

/** The shared data's elections, read once per test run with the project's own readers. */
public final class RealData {

    private static final Readers READERS = new Readers(List.of(new GeorgiaSosJsonReader(),
            new OpenElectionsCsvReader()));
    private static final Map<String, Election> CACHE = new ConcurrentHashMap<>();

    private RealData() {
    }

    public static Election ga2016() {
        return folder("ga-baseline/2016-precinct", ReadOptions.DEFAULT);
    }

    public static Election ga2012() {
        return CACHE.computeIfAbsent("ga2012", k -> READERS.read(
                List.of(SharedData.file("ga-baseline/2012-precinct/20121106__ga__general.csv")), ReadOptions.DEFAULT));
    }

    public static Election gaRunoff() {
        return folder("ga06-2017/openelections", ReadOptions.DEFAULT);
    }

    public static Election gaRound1() {
        ChoiceMetadata parties = ChoiceMetadataFile.load(project("examples/ga06-2017/choices.csv"));
        return CACHE.computeIfAbsent("round1", k -> READERS.read(
                List.of(SharedData.file("ga06-2017/sos/export-2017AprSpec.json")),
                ReadOptions.DEFAULT.withMetadata(parties)));
    }

    public static Election gaRunoffSos() {
        return CACHE.computeIfAbsent("runoffSos", k -> READERS.read(
                List.of(SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json")), ReadOptions.DEFAULT));
    }

    public static Election ks04() {
        ChoiceAliases aliases = ChoiceAliasesFile.load(project("examples/ks04-2017/aliases.csv"));
        return CACHE.computeIfAbsent("ks04", k -> READERS.read(files("specials-2017/ks04", "precinct.csv"),
                ReadOptions.DEFAULT.withAliases(aliases).withTotals(TotalsPolicy.REPORT)));
    }

    public static Election ks2016() {
        return folder("specials-2017/ks04-baseline-2016", ReadOptions.DEFAULT);
    }

    public static Election mt2017() {
        return folder("specials-2017/mtal", ReadOptions.DEFAULT);
    }

    public static Election mt2016() {
        return folder("specials-2017/mtal-baseline-2016", ReadOptions.DEFAULT);
    }

    public static int contest(Election election, String name) {
        int index = election.contestIndex(name);
        if (index < 0) {
            throw new IllegalStateException("no contest " + name);
        }
        return index;
    }

    /** A file of this project (examples/), found from the module's working directory. */
    public static Path project(String relative) {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve(relative)) ? here.resolve(relative) : here.getParent().resolve(relative);
    }

    private static Election folder(String folder, ReadOptions options) {
        return CACHE.computeIfAbsent(folder, k -> READERS.read(files(folder, ".csv"), options));
    }

    private static List<Path> files(String folder, String suffix) {
        try (Stream<Path> list = Files.list(SharedData.root().resolve(folder))) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
