package org.bellwether.formats.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.formats.InputException;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;

/**
 * The property the cast-vote-record readers are fuzzed for: whatever the bytes, reading them (with a fixed RCTab
 * configuration: Portland, Maine 2015's candidates and rules) and counting the ballots either gives an outcome or
 * fails with the project's own {@link InputException}.
 */
final class CvrFuzzing {

    private static final Path DIR = scratch();

    private CvrFuzzing() {
    }

    static void readAndCount(String cvrName, byte[] input) {
        Path config = DIR.resolve("fuzz_config.json");
        try {
            Files.write(DIR.resolve(cvrName), input);
            if (!Files.exists(config)) {
                try (var in = CvrFuzzing.class.getResourceAsStream(
                        "/org/bellwether/formats/cvr/rctab/2015_portland_mayor/2015_portland_mayor_config.json")) {
                    Files.writeString(config, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            String text = Files.readString(config).replaceAll("\"filePath\" : \"[^\"]*\"", "\"filePath\" : \""
                    + cvrName + "\"");
            Files.writeString(config, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RctabConfig read = RctabConfigReader.read(config);
            RankedTabulator.tabulate(CastVoteRecords.read(read), read.rule());
        } catch (InputException expected) {
            // the one permitted failure
        }
    }

    /**
     * A Dominion export folder: the manifests of Alaska 2024 and the bytes as its one {@code CvrExport.json}, counted
     * under that contest's configuration.
     */
    static void readDominion(byte[] input) {
        Path folder = DIR.resolve("dominion");
        Path config = DIR.resolve("dominion_config.json");
        String base = "/org/bellwether/formats/cvr/rctab/2024_alaska_dominion/";
        try {
            if (!Files.exists(config)) {
                Files.createDirectories(folder);
                for (String manifest : new String[] {"ContestManifest.json", "PrecinctManifest.json"}) {
                    try (var in = CvrFuzzing.class.getResourceAsStream(base + "partial_cvr/" + manifest)) {
                        Files.write(folder.resolve(manifest), in.readAllBytes());
                    }
                }
                try (var in = CvrFuzzing.class.getResourceAsStream(base + "2024_alaska_dominion_config.json")) {
                    Files.writeString(config, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("./partial_cvr/", "dominion"));
                }
            }
            Files.write(folder.resolve("CvrExport.json"), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RctabConfig read = RctabConfigReader.read(config);
            RankedTabulator.tabulate(CastVoteRecords.read(read), read.rule());
        } catch (InputException expected) {
            // the one permitted failure
        }
    }

    /**
     * The bytes as the cast-vote records of one of RCTab's test configurations kept in the project, counted under it:
     * as its one file ({@code folder} false) or as the one XML file of a folder (Hart).
     */
    static void readUnder(String config, String cvrName, boolean folder, byte[] input) {
        Path target = DIR.resolve(folder ? "folder-" + cvrName : cvrName);
        Path file = folder ? target.resolve(cvrName) : target;
        Path configFile = DIR.resolve("under_" + cvrName + "_config.json");
        try {
            if (!Files.exists(configFile)) {
                try (var in = CvrFuzzing.class.getResourceAsStream(config.startsWith("/") ? config
                        : "/org/bellwether/formats/cvr/rctab/" + config)) {
                    Files.writeString(configFile, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .replaceAll("\"filePath\" : \"[^\"]*\"", "\"filePath\" : \"" + target.getFileName()
                                    + "\""));
                }
            }
            if (folder) {
                Files.createDirectories(target);
            }
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RctabConfig read = RctabConfigReader.read(configFile);
            RankedTabulator.tabulate(CastVoteRecords.read(read), read.rule());
        } catch (InputException expected) {
            // the one permitted failure
        }
    }

    static void readConfig(byte[] input) {
        Path config = DIR.resolve("fuzzed_config.json");
        try {
            Files.write(config, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RctabConfigReader.read(config);
        } catch (InputException expected) {
            // the one permitted failure
        }
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("bellwether-cvr-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(dir)) {
                    for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // a temp folder left behind is harmless
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
