package org.bellwether.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates ranked cast-vote records in the ES&S layout (rows ballots, columns ranks; an id and a precinct column)
 * as CSV or as an xlsx workbook with shared strings, and an RCTab configuration that counts them by instant runoff
 * under Maine-style rules. Preferences are realistic rather than uniform: 12 candidates with unequal support, each
 * ballot ranking 1 to 6 of them drawn by weight without replacement (a Plackett-Luce draw), with skipped ranks,
 * overvotes and blank ballots at rates like Minneapolis's and Maine's. Seeded: the same arguments give the same
 * bytes.
 *
 * <p>Usage: {@code CvrGenerator DIR BALLOTS csv|xlsx|json} (json: NIST SP 1500-103 CDF, see {@link CdfJsonCvrs})
 */
public final class CvrGenerator {

    static final String[] CANDIDATES = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra",
        "Barbara Liskov", "Donald Knuth", "Frances Allen", "John Backus", "Margaret Hamilton", "Ken Thompson",
        "Radia Perlman", "Niklaus Wirth"};
    static final double[] WEIGHTS = {22, 19, 14, 11, 8, 7, 5, 4, 4, 3, 2, 1};
    static final int RANKS = 6;
    static final int PRECINCTS = 1000;

    private CvrGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long ballots = Long.parseLong(args[1]);
        boolean xlsx = args[2].equals("xlsx");
        boolean json = args[2].equals("json");
        Files.createDirectories(dir);
        String file = "cvr." + (xlsx ? "xlsx" : json ? "json" : "csv");
        if (xlsx) {
            writeXlsx(dir.resolve(file), ballots);
        } else if (json) {
            CdfJsonCvrs.write(dir.resolve(file), ballots);
        } else {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(file)), 1 << 16)) {
                w.write("Cast Vote Record,Precinct,Choice 1,Choice 2,Choice 3,Choice 4,Choice 5,Choice 6\n");
                forEachBallot(ballots, (id, precinct, ranks) -> {
                    w.write(Long.toString(id));
                    w.write(',');
                    w.write(precinct);
                    for (String r : ranks) {
                        w.write(',');
                        w.write(r);
                    }
                    w.write('\n');
                });
            }
        }
        Files.writeString(dir.resolve("config.json"), json ? CdfJsonCvrs.config(config(file)) : config(file));
        System.out.println("wrote " + dir.resolve(file) + " (" + Files.size(dir.resolve(file)) + " bytes, " + ballots
                + " ballots)");
    }

    interface BallotSink {
        void ballot(long id, String precinct, String[] ranks) throws IOException;
    }

    static void forEachBallot(long ballots, BallotSink sink) throws IOException {
        SplittableRandom random = new SplittableRandom(20131105);
        String[] ranks = new String[RANKS];
        String[] precincts = new String[PRECINCTS];
        for (int p = 0; p < PRECINCTS; p++) {
            precincts[p] = String.format(java.util.Locale.ROOT, "Ward %02d P-%03d", p / 100 + 1, p % 100 + 1);
        }
        boolean[] used = new boolean[CANDIDATES.length];
        for (long id = 1; id <= ballots; id++) {
            java.util.Arrays.fill(ranks, "undervote");
            java.util.Arrays.fill(used, false);
            int depth = depth(random);
            int rank = 0;
            for (int k = 0; k < depth && rank < RANKS; k++) {
                if (random.nextInt(50) == 0 && rank < RANKS - 1) {
                    rank++; // a skipped rank
                }
                ranks[rank++] = random.nextInt(150) == 0 ? "overvote" : CANDIDATES[draw(random, used)];
            }
            sink.ballot(id, precincts[random.nextInt(PRECINCTS)], ranks);
        }
    }

    private static int depth(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 1 ? 0 : r < 30 ? 1 : r < 48 ? 2 : r < 70 ? 3 : r < 80 ? 4 : r < 88 ? 5 : 6;
    }

    private static int draw(SplittableRandom random, boolean[] used) {
        double total = 0;
        for (int c = 0; c < WEIGHTS.length; c++) {
            total += used[c] ? 0 : WEIGHTS[c];
        }
        double x = random.nextDouble() * total;
        for (int c = 0; c < WEIGHTS.length; c++) {
            if (!used[c]) {
                x -= WEIGHTS[c];
                if (x < 0) {
                    used[c] = true;
                    return c;
                }
            }
        }
        for (int c = WEIGHTS.length - 1; c >= 0; c--) {
            if (!used[c]) {
                used[c] = true;
                return c;
            }
        }
        throw new IllegalStateException("no candidate left");
    }

    private static void writeXlsx(Path path, long ballots) throws IOException {
        java.util.Map<String, Integer> strings = new java.util.LinkedHashMap<>();
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            String[] header = {"Cast Vote Record", "Precinct", "Choice 1", "Choice 2", "Choice 3", "Choice 4",
                "Choice 5", "Choice 6"};
            row(w, 1, header, strings);
            String[] cells = new String[2 + RANKS];
            forEachBallot(ballots, (id, precinct, ranks) -> {
                cells[0] = null;
                cells[1] = precinct;
                System.arraycopy(ranks, 0, cells, 2, RANKS);
                w.write("<row r=\"" + (id + 1) + "\"><c r=\"A" + (id + 1) + "\"><v>" + id + "</v></c>");
                for (int i = 1; i < cells.length; i++) {
                    int s = strings.computeIfAbsent(cells[i], k -> strings.size());
                    w.write("<c r=\"" + (char) ('A' + i) + (id + 1) + "\" t=\"s\"><v>" + s + "</v></c>");
                }
                w.write("</row>");
            });
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer s = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String text : strings.keySet()) {
                s.write("<si><t>" + text + "</t></si>");
            }
            s.write("</sst>");
            s.flush();
            zip.closeEntry();
        }
    }

    private static void row(Writer w, int r, String[] cells, java.util.Map<String, Integer> strings)
            throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int i = 0; i < cells.length; i++) {
            int s = strings.computeIfAbsent(cells[i], k -> strings.size());
            w.write("<c r=\"" + (char) ('A' + i) + r + "\" t=\"s\"><v>" + s + "</v></c>");
        }
        w.write("</row>");
    }

    static String config(String file) {
        StringBuilder candidates = new StringBuilder();
        for (int i = 0; i < CANDIDATES.length; i++) {
            candidates.append(i == 0 ? "" : ",\n").append("    {\"name\": \"").append(CANDIDATES[i])
                    .append("\", \"excluded\": false, \"aliases\": []}");
        }
        return "{\n  \"tabulatorVersion\": \"1.3.999\",\n  \"outputSettings\": {\"contestName\": \"Generated mayor\","
                + " \"outputDirectory\": \"output\", \"contestDate\": \"\", \"contestJurisdiction\": \"Bench\","
                + " \"contestOffice\": \"Mayor\", \"tabulateByPrecinct\": false, \"generateCdfJson\": false},\n"
                + "  \"cvrFileSources\": [{\"filePath\": \"" + file + "\", \"provider\": \"ess\","
                + " \"firstVoteColumnIndex\": \"3\", \"firstVoteRowIndex\": \"2\", \"idColumnIndex\": \"1\","
                + " \"precinctColumnIndex\": \"2\", \"overvoteDelimiter\": \"\", \"overvoteLabel\": \"overvote\","
                + " \"skippedRankLabel\": \"undervote\", \"undeclaredWriteInLabel\": \"\","
                + " \"treatBlankAsUndeclaredWriteIn\": false}],\n  \"candidates\": [\n" + candidates + "\n  ],\n"
                + "  \"rules\": {\"tiebreakMode\": \"random\", \"randomSeed\": \"1\", \"overvoteRule\":"
                + " \"exhaustImmediately\", \"winnerElectionMode\": \"singleWinnerMajority\", \"numberOfWinners\":"
                + " \"1\", \"decimalPlacesForVoteArithmetic\": \"4\", \"maxSkippedRanksAllowed\": \"1\","
                + " \"maxRankingsAllowed\": \"6\", \"batchElimination\": false, \"exhaustOnDuplicateCandidate\": false}\n"
                + "}\n";
    }
}
