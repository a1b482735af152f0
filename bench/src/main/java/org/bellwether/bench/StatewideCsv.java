package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates a statewide-size OpenElections precinct CSV: {@value #COUNTIES} counties, each precinct with
 * registered-voter and ballots-cast rows and {@value #CONTESTS} contests of {@value #CHOICES} candidates, and a
 * TOTAL pseudo-precinct per county (as real county files have) that the reader must check and not count.
 * The same seed and size always give the same bytes.
 */
public final class StatewideCsv {

    static final int COUNTIES = 150;
    static final int CONTESTS = 11;
    static final int CHOICES = 3;
    /** Data rows per precinct: two statistic rows and one row per candidate. */
    public static final int ROWS_PER_PRECINCT = 2 + CONTESTS * CHOICES;
    static final String[] OFFICES = {"President", "U.S. Senate", "U.S. House", "Governor", "Lieutenant Governor",
        "Secretary of State", "Attorney General", "State Senate", "State House", "School Superintendent",
        "Public Service Commission"};

    private StatewideCsv() {
    }

    /** Writes about {@code rows} data rows (whole precincts) to {@code file} and returns the precinct count. */
    public static int write(Path file, long rows, long seed) throws IOException {
        int precincts = (int) Math.max(COUNTIES, rows / ROWS_PER_PRECINCT);
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("county,precinct,office,district,party,candidate,votes\n");
            for (int county = 0; county < COUNTIES; county++) {
                int first = precincts * county / COUNTIES;
                int last = precincts * (county + 1) / COUNTIES;
                county(out, county, first, last, random);
            }
        }
        return precincts;
    }

    static void county(BufferedWriter out, int county, int first, int last, SplittableRandom random)
            throws IOException {
        String name = "County " + (county + 1);
        long[][] totals = new long[CONTESTS][CHOICES];
        long registered = 0;
        long cast = 0;
        for (int p = first; p < last; p++) {
            String prefix = name + ",Precinct " + (p + 1) + ",";
            int voters = 500 + random.nextInt(3000);
            int ballots = voters / 3 + random.nextInt(voters / 3);
            registered += voters;
            cast += ballots;
            out.write(prefix + "Voters,,,Registered," + voters + "\n");
            out.write(prefix + "Voters,,,Ballots Cast," + ballots + "\n");
            for (int c = 0; c < CONTESTS; c++) {
                int remaining = ballots - random.nextInt(1 + ballots / 20);
                for (int k = 0; k < CHOICES; k++) {
                    int votes = k == CHOICES - 1 ? remaining : random.nextInt(remaining + 1);
                    remaining -= votes;
                    totals[c][k] += votes;
                    out.write(prefix + contestColumns(c) + party(k) + ",Candidate " + (char) ('A' + k) + " "
                            + OFFICES[c] + "," + votes + "\n");
                }
            }
        }
        writeTotals(out, name, registered, cast, totals);
    }

    private static void writeTotals(BufferedWriter out, String name, long registered, long cast, long[][] totals)
            throws IOException {
        String prefix = name + ",TOTAL,";
        out.write(prefix + "Voters,,,Registered," + registered + "\n");
        out.write(prefix + "Voters,,,Ballots Cast," + cast + "\n");
        for (int c = 0; c < CONTESTS; c++) {
            for (int k = 0; k < CHOICES; k++) {
                out.write(prefix + contestColumns(c) + party(k) + ",Candidate " + (char) ('A' + k) + " "
                        + OFFICES[c] + "," + totals[c][k] + "\n");
            }
        }
    }

    /** Office and an empty district column, as in statewide OpenElections files. */
    private static String contestColumns(int contest) {
        return OFFICES[contest] + ",,";
    }

    private static String party(int choice) {
        return switch (choice) {
            case 0 -> "REP";
            case 1 -> "DEM";
            default -> "LIB";
        };
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StatewideCsv FILE ROWS [SEED]");
            System.exit(1);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2017;
        int precincts = write(Path.of(args[0]), Long.parseLong(args[1]), seed);
        System.out.println(args[0] + ": " + precincts + " precincts, " + (long) precincts * ROWS_PER_PRECINCT
                + " data rows plus " + COUNTIES * ROWS_PER_PRECINCT + " TOTAL rows");
    }
}
