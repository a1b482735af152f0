package org.bellwether.formats.cvr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * NIST SP 1500-103 cast vote records in XML (RCTab's {@code cdf} provider with a {@code .xml} file), streamed in
 * two passes as the JSON form is: the first reads the {@code Election}s and {@code GpUnit}s (after the CVRs in the
 * schema's order), passing over the CVRs; the second builds one {@code CVR} at a time and reads it as
 * {@link CdfDirectory} does, as RCTab reads the XML form (a selection that needs adjudication is passed over). Every
 * error names the file and the CVR's line.
 */
final class CdfXmlCvrReader {

    private static final Set<String> LISTS = Set.of("CVR", "CVRSnapshot", "CVRContest", "CVRContestSelection",
            "SelectionPosition", "Election", "Candidate", "Contest", "ContestSelection", "CandidateIds", "GpUnit");

    private final CvrSource source;
    private final String file;
    private final CdfDirectory directory;

    private CdfXmlCvrReader(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings) {
        this.source = source;
        this.file = source.path().getFileName().toString();
        this.directory = new CdfDirectory(source, names, uwi, maxRankings, true);
    }

    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots) {
        new CdfXmlCvrReader(source, names, uwi, maxRankings).read(ballots);
    }

    private void read(RankedBallots.Builder ballots) {
        List<Object> elections = new ArrayList<>();
        List<Object> units = new ArrayList<>();
        XmlRecords first = new XmlRecords(file, LISTS);
        String root = first.read(source.path(), (name, line) -> {
            switch (name) {
                case "Election" -> elections.add(first.build());
                case "GpUnit" -> units.add(first.build());
                default -> first.skip();
            }
        });
        if (!root.equals("CastVoteRecordReport")) {
            throw new InputException(file, "line 1", "the root element is " + InputException.echo(root)
                    + ", not CastVoteRecordReport: not a NIST CDF cast vote record report");
        }
        directory.gpUnits(units, "GpUnit");
        directory.elections(elections, "Election");
        directory.requireContest("Election");
        XmlRecords second = new XmlRecords(file, LISTS);
        long[] index = {0};
        long[] counted = {0}; // the ballots of the contest read so far, which RCTab numbers its ids by
        int[][] marks = {new int[16]};
        second.read(source.path(), (name, line) -> {
            if (!name.equals("CVR")) {
                second.skip();
                return;
            }
            String at = "line " + line + ", CVR[" + index[0]++ + "]";
            Object cvr = second.build();
            if (!(cvr instanceof Map<?, ?> map)) {
                throw new InputException(file, at, "is empty");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) map;
            List<int[]> found = new ArrayList<>();
            if (directory.rankings(record, at, found)) {
                if (marks[0].length < found.size()) {
                    marks[0] = new int[found.size() * 2];
                }
                for (int i = 0; i < found.size(); i++) {
                    marks[0][i] = RankedBallots.mark(found.get(i)[0], found.get(i)[1]);
                }
                String precinct = directory.precinct(record.get("BallotStyleUnitId"), at);
                if (ballots.keepsIdentities()) {
                    // RCTab's id is the file and the ballot's place among the contest's, its vendor id UniqueId
                    String unique = XmlRecords.text(record, "UniqueId", null);
                    ballots.add(marks[0], found.size(), precinct, new BallotIdentity(unique != null ? unique
                            : XmlRecords.text(record, "BallotPrePrintedId", file + ":" + at),
                            XmlRecords.text(record, "BatchSequenceId", XmlRecords.text(record, "BatchId", null)),
                            XmlRecords.text(record, "CreatingDeviceId", null), file + "(" + ++counted[0] + ")",
                            unique, null));
                } else {
                    ballots.add(marks[0], found.size(), precinct, 1);
                }
            }
        });
    }
}
