package org.bellwether.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates a statewide precinct-level Clarity {@code detail.xml} of about a given size: {@value #PRECINCTS}
 * precincts (a large state), turnout per precinct, and as many contests as the size needs, each with
 * {@value #CHOICES} choices by four vote types and undervotes and overvotes, laid out and indented
 * as Clarity writes them (CRLF lines). Every total (turnout, vote type, choice) equals the sum of its parts, so the
 * reader checks them all and stores each figure once. The same seed and size always give the same bytes.
 */
public final class StatewideClarity {

    public static final int PRECINCTS = 8_000;
    static final int CHOICES = 3;
    static final String[] VOTE_TYPES = {"Election Day Votes", "Advanced Voting Votes", "Absentee by Mail Votes",
        "Provisional Votes"};
    private static final String[] PARTIES = {"Rep", "Dem", "Lib"};

    private final Writer out;
    private final SplittableRandom random;
    private final int precincts;
    private final int[] ballots;

    private StatewideClarity(Writer out, long seed, int precincts) {
        this.out = out;
        this.random = new SplittableRandom(seed);
        this.precincts = precincts;
        this.ballots = new int[precincts];
    }

    /** Writes contests until the file holds at least {@code bytes}, and returns the number of contests. */
    public static int write(Path file, long bytes, long seed) throws IOException {
        return write(file, bytes, seed, PRECINCTS);
    }

    /** The same with fewer precincts, for small files in tests. */
    static int write(Path file, long bytes, long seed, int precincts) throws IOException {
        try (CountingWriter out = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII))) {
            StatewideClarity generator = new StatewideClarity(out, seed, precincts);
            generator.header();
            int contests = 0;
            while (out.count() < bytes) {
                generator.contest(contests++);
            }
            out.write("</ElectionResult>\r\n");
            return contests;
        }
    }

    private void header() throws IOException {
        out.write("<?xml version=\"1.0\"?>\r\n<!--Election result snapshot imported from Tabulation System\r\n-->\r\n"
                + "<ElectionResult>\r\n    <Timestamp>11/20/2020 3:37:06 PM EST</Timestamp>\r\n"
                + "    <ElectionName>Generated Statewide General Election</ElectionName>\r\n"
                + "    <ElectionDate>11/3/2020</ElectionDate>\r\n    <Region>GA</Region>\r\n");
        int[] voters = new int[precincts];
        long registered = 0;
        long cast = 0;
        for (int p = 0; p < precincts; p++) {
            voters[p] = 500 + random.nextInt(4_000);
            ballots[p] = voters[p] / 3 + random.nextInt(voters[p] / 3);
            registered += voters[p];
            cast += ballots[p];
        }
        out.write("    <VoterTurnout totalVoters=\"" + registered + "\" ballotsCast=\"" + cast
                + "\" voterTurnout=\"50.00\">\r\n        <Precincts>\r\n");
        for (int p = 0; p < precincts; p++) {
            out.write("            <Precinct name=\"" + precinct(p) + "\" totalVoters=\"" + voters[p]
                    + "\" ballotsCast=\"" + ballots[p] + "\" voterTurnout=\"50.00\" percentReporting=\"4\" />\r\n");
        }
        out.write("        </Precincts>\r\n    </VoterTurnout>\r\n");
    }

    private void contest(int c) throws IOException {
        out.write("    <Contest key=\"" + (c + 1) + "\" text=\"Generated Contest " + (c + 1) + "\" voteFor=\"1\" "
                + "isQuestion=\"false\" precinctsReporting=\"" + precincts + "\" precinctsReported=\"" + precincts
                + "\">\r\n");
        figure("        ", "Undervotes", small());
        figure("        ", "Overvotes", small());
        for (int k = 0; k < CHOICES; k++) {
            choice(c, k);
        }
        out.write("    </Contest>\r\n");
    }

    private void choice(int c, int k) throws IOException {
        int[][] votes = new int[VOTE_TYPES.length][precincts];
        long total = 0;
        for (int t = 0; t < VOTE_TYPES.length; t++) {
            for (int p = 0; p < precincts; p++) {
                votes[t][p] = random.nextInt(1 + ballots[p] / (CHOICES * (t == 3 ? 40 : 3)));
                total += votes[t][p];
            }
        }
        out.write("        <Choice key=\"" + (c * CHOICES + k + 1) + "\" text=\"Candidate " + (char) ('A' + k) + " "
                + (c + 1) + " (" + PARTIES[k] + ")\" party=\"NP\" totalVotes=\"" + total + "\">\r\n");
        for (int t = 0; t < VOTE_TYPES.length; t++) {
            figure("            ", VOTE_TYPES[t], votes[t]);
        }
        out.write("        </Choice>\r\n");
    }

    private void figure(String indent, String name, int[] votes) throws IOException {
        long sum = 0;
        for (int v : votes) {
            sum += v;
        }
        out.write(indent + "<VoteType name=\"" + name + "\" votes=\"" + sum + "\">\r\n");
        for (int p = 0; p < precincts; p++) {
            out.write(indent + "    <Precinct name=\"" + precinct(p) + "\" votes=\"" + votes[p] + "\" />\r\n");
        }
        out.write(indent + "</VoteType>\r\n");
    }

    private int[] small() {
        int[] counts = new int[precincts];
        for (int p = 0; p < precincts; p++) {
            counts[p] = random.nextInt(1 + ballots[p] / 50);
        }
        return counts;
    }

    /** Precinct names as counties print them: the county's name and a number, 50 precincts to a county. */
    static String precinct(int p) {
        return "County " + (p / 50 + 1) + " Precinct " + (p % 50 + 1);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StatewideClarity FILE MEGABYTES [SEED]");
            System.exit(1);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2020;
        Path file = Path.of(args[0]);
        int contests = write(file, Long.parseLong(args[1]) << 20, seed);
        System.out.println(file + ": " + PRECINCTS + " precincts, " + contests + " contests, "
                + Files.size(file) + " bytes");
    }
}
