package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates one state's results as one OpenElections precinct CSV per county ({@value #COUNTIES}, as Georgia has),
 * the way newsroom scripts meet them: each file with its header, its precincts and its TOTAL rows, in the layout of
 * {@link StatewideCsv}. The same seed and size always give the same bytes.
 */
public final class CountyCsvs {

    static final int COUNTIES = 159;

    private CountyCsvs() {
    }

    /** Writes about {@code rows} data rows in all to {@code folder}, one file per county; returns the precincts. */
    public static int write(Path folder, long rows, long seed) throws IOException {
        Files.createDirectories(folder);
        int precincts = (int) Math.max(COUNTIES, rows / StatewideCsv.ROWS_PER_PRECINCT);
        SplittableRandom random = new SplittableRandom(seed);
        for (int county = 0; county < COUNTIES; county++) {
            Path file = folder.resolve(String.format("county-%03d.csv", county + 1));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("county,precinct,office,district,party,candidate,votes\n");
                StatewideCsv.county(out, county, precincts * county / COUNTIES, precincts * (county + 1) / COUNTIES,
                        random);
            }
        }
        return precincts;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CountyCsvs FOLDER ROWS [SEED]");
            System.exit(1);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2017;
        int precincts = write(Path.of(args[0]), Long.parseLong(args[1]), seed);
        System.out.println(args[0] + ": " + COUNTIES + " county files, " + precincts + " precincts");
    }
}
