package org.bellwether.formats.cvr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * Hart cast-vote records (RCTab's {@code hart} provider): a folder of XML files, one per ballot sheet, read in name
 * order (signature files, {@code *.sig.xml}, are not ballots). A sheet that has the source's contest ({@code Contest}
 * whose {@code Id} is the {@code contestId}) is one ballot: each {@code Option}'s {@code Id} is a candidate's code (an
 * alias in the configuration) or the undeclared write-in label, and its {@code Value} marks the ranks it was given,
 * one character per rank ({@code 0100}: rank 2). The precinct is the {@code PrecinctSplit}'s {@code Name}. Every
 * error names the file. Given a trusted key, every sheet must have a signature file that verifies with it
 * ({@link HartSignature}) before any sheet is counted.
 */
final class HartCvrReader {

    private static final Set<String> LISTS = Set.of("Contest", "Option");

    private final CvrSource source;
    private final Map<String, Integer> names;
    private final int uwi;
    private final int maxRankings;
    private final Map<String, String> codeNames = new HashMap<>();
    private final java.security.interfaces.RSAPublicKey trusted;
    private int[] marks = new int[16];

    private HartCvrReader(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            java.security.interfaces.RSAPublicKey trusted) {
        this.source = source;
        this.names = names;
        this.uwi = uwi;
        this.maxRankings = maxRankings;
        this.trusted = trusted;
    }

    /** {@code trusted}: the key every sheet must be signed with ({@link HartSignature}), or null to not check. */
    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            java.security.interfaces.RSAPublicKey trusted, RankedBallots.Builder ballots) {
        new HartCvrReader(source, names, uwi, maxRankings, trusted).read(ballots);
    }

    private void read(RankedBallots.Builder ballots) {
        List<Path> sheets = sheets();
        if (trusted != null) {
            // every sheet is checked before any is counted, so a count is of signed sheets or nothing
            for (Path sheet : sheets) {
                Path signature = sheet.resolveSibling(sheet.getFileName() + ".sig.xml");
                if (!Files.isRegularFile(signature)) {
                    throw new InputException(sheet.getFileName().toString(), "", "has no signature file "
                            + signature.getFileName() + ", and the count requires each sheet's signature");
                }
                HartSignature.verify(sheet, signature, trusted);
            }
        }
        for (Path sheet : sheets) {
            readSheet(sheet, ballots);
        }
    }

    private List<Path> sheets() {
        Path folder = source.path();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new InputException(name, "", "is not a folder: Hart cast-vote records are a folder of XML files");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sheets = files.filter(f -> {
                String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return lower.endsWith("xml") && !lower.endsWith(".sig.xml") && Files.isRegularFile(f);
            }).limit(CvrLimits.MAX_FILES + 1L).sorted().toList();
            if (sheets.size() > CvrLimits.MAX_FILES) {
                throw new InputException(name, "", "holds more than " + CvrLimits.MAX_FILES
                        + " XML files (CvrLimits.MAX_FILES)");
            }
            if (sheets.isEmpty()) {
                throw new InputException(name, "", "holds no XML file: no Hart cast-vote records");
            }
            return sheets;
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private void readSheet(Path path, RankedBallots.Builder ballots) {
        String file = path.getFileName().toString();
        Map<String, Object> sheet = new HashMap<>();
        XmlRecords xml = new XmlRecords(file, LISTS);
        String root = xml.read(path, (name, line) -> sheet.put(name, xml.build()));
        if (!root.equals("Cvr")) {
            throw new InputException(file, "line 1", "the root element is " + InputException.echo(root)
                    + ", not Cvr: not a Hart cast-vote record");
        }
        if (!(sheet.get("Contests") instanceof Map<?, ?> contests) || !(contests.get("Contest") instanceof List<?> all)) {
            return; // a sheet with no contests has none of this one
        }
        for (Object c : all) {
            Map<?, ?> contest = (Map<?, ?>) c;
            if (source.contestId().equals(contest.get("Id"))) {
                int n = rankings(file, contest);
                if (ballots.keepsIdentities()) {
                    // Hart names each sheet's record by its GUID (RCTab's id too); a sheet without one is named by
                    // its file; RCTab's precinct portion is the precinct split's Id
                    String guid = XmlRecords.text(sheet, "CvrGuid", null);
                    ballots.add(marks, n, precinct(sheet), new BallotIdentity(guid != null ? guid : file,
                            XmlRecords.text(sheet, "BatchNumber", null), null, null, guid, portion(sheet)));
                } else {
                    ballots.add(marks, n, precinct(sheet), 1);
                }
            }
        }
    }

    private int rankings(String file, Map<?, ?> contest) {
        int n = 0;
        if (!(contest.get("Options") instanceof Map<?, ?> options) || !(options.get("Option") instanceof List<?> all)) {
            return 0;
        }
        for (Object o : all) {
            Map<?, ?> option = (Map<?, ?>) o;
            int candidate = candidate(file, option);
            String value = option.get("Value") instanceof String v ? v : "";
            int max = maxRankings == org.bellwether.core.rule.BallotRules.UNLIMITED ? CvrLimits.MAX_RANKS : maxRankings;
            for (int i = 0; i < value.length(); i++) {
                char mark = value.charAt(i);
                if (mark != '0' && mark != '1') {
                    throw new InputException(file, "Option " + InputException.echo(String.valueOf(option.get("Id"))),
                            "Value " + InputException.echo(value) + " is not a string of 0 and 1 (one per rank)");
                }
                if (mark == '1') {
                    if (i + 1 > max) {
                        throw new InputException(file, "Option " + InputException.echo(String.valueOf(
                                option.get("Id"))), "rank " + (i + 1) + " is outside 1 to " + max);
                    }
                    if (n == marks.length) {
                        marks = java.util.Arrays.copyOf(marks, n * 2);
                    }
                    marks[n++] = RankedBallots.mark(i + 1, candidate);
                }
            }
        }
        java.util.Arrays.sort(marks, 0, n); // rank order: the rank is in a mark's high bits
        return n;
    }

    private int candidate(String file, Map<?, ?> option) {
        String code = option.get("Id") instanceof String s ? s : "";
        String name = option.get("Name") instanceof String s ? s : "";
        if (!source.undeclaredWriteInLabel().isEmpty() && code.equals(source.undeclaredWriteInLabel()) && uwi >= 0) {
            return uwi;
        }
        Integer index = names.get(code);
        if (index == null) {
            throw new InputException(file, "Option " + InputException.echo(code), "candidate code "
                    + InputException.echo(code) + " (" + InputException.echo(name) + ") is not a candidate or alias"
                    + " of the configuration");
        }
        String earlier = codeNames.putIfAbsent(code, name);
        if (earlier != null && !earlier.equals(name)) {
            throw new InputException(file, "Option " + InputException.echo(code), "candidate code "
                    + InputException.echo(code) + " is named " + InputException.echo(name) + " here but "
                    + InputException.echo(earlier) + " in an earlier sheet");
        }
        return index;
    }

    private static String portion(Map<String, Object> sheet) {
        return sheet.get("PrecinctSplit") instanceof Map<?, ?> split && split.get("Id") instanceof String id ? id : null;
    }

    private static String precinct(Map<String, Object> sheet) {
        return sheet.get("PrecinctSplit") instanceof Map<?, ?> split && split.get("Name") instanceof String name
                ? name : null;
    }

}
