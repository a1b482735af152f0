package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.ElectionType;
import org.bellwether.formats.InputException;
import org.bellwether.formats.nist.Directory.Header;
import org.bellwether.formats.nist.Directory.Ref;

/** The first pass: the election's header, GpUnits, parties, candidates and contest headings; counts are skipped. */
final class DirectoryParser {

    private final Fields in;
    private final List<Directory.Unit> units = new ArrayList<>();
    private final List<Directory.Party> parties = new ArrayList<>();
    private final List<Directory.Candidate> candidates = new ArrayList<>();
    private final List<Directory.ContestHead> contests = new ArrayList<>();
    private ElectionReader election;
    private int elections;
    private String resultsStatus;

    private DirectoryParser(Fields in) {
        this.in = in;
    }

    static Directory parse(Fields in) {
        DirectoryParser p = new DirectoryParser(in);
        in.root(p::report);
        if (p.election == null) {
            throw new InputException(in.file(), "", "the ElectionReport holds no Election");
        }
        return new Directory(p.election.header(), p.units, p.parties, p.candidates, p.contests);
    }

    private void report(String name) {
        switch (name) {
            case "Election" -> {
                String at = in.where();
                in.objects(() -> {
                    if (++elections > 1) {
                        throw new InputException(in.file(), at, "the ElectionReport holds more than one Election;"
                                + " Bellwether reads one election per file");
                    }
                    election = new ElectionReader();
                    return election;
                });
            }
            case "GpUnit" -> in.objects(() -> new UnitReader(in, units::add));
            case "Party" -> in.objects(() -> new DirectoryReaders.PartyReader(in, p -> {
                NistLimit.PARTIES.check(parties.size() + 1L, in.file(), p.at());
                parties.add(p);
            }));
            case "Status" -> resultsStatus = in.scalar().strip();
            default -> {
                // the header's other fields (Issuer, Format...) describe the file, not the election
            }
        }
    }

    /** Election: its name, date, type and scope, and the candidates and contest headings it holds. */
    private final class ElectionReader implements Fields.ObjectReader {
        private String name = "";
        private String date;
        private String dateAt;
        private ElectionType type = ElectionType.UNKNOWN;
        private Ref scope;
        private final String at = in.where();

        @Override
        public void field(String field) {
            switch (field) {
                case "Name" -> name = in.text();
                case "StartDate" -> {
                    dateAt = in.where();
                    date = in.scalar();
                }
                case "Type" -> type = ElectionKinds.read(in.scalar().strip());
                case "ElectionScopeId" -> scope = in.ref();
                case "Candidate" -> in.objects(() -> new DirectoryReaders.CandidateReader(in, c -> {
                    NistLimit.CANDIDATES.check(candidates.size() + 1L, in.file(), c.at());
                    candidates.add(c);
                }));
                case "Contest" -> in.objects(() -> new DirectoryReaders.ContestHeadReader(in, contests::add));
                default -> {
                    // BallotCounts are read in the second pass; ballot styles and the rest are not results
                }
            }
        }

        Header header() {
            if (scope == null) {
                throw new InputException(in.file(), at, "the Election has no ElectionScopeId");
            }
            return new Header(name, Optional.ofNullable(date).map(d -> NistValues.date(d, "StartDate", in.file(), dateAt))
                    .filter(d -> !d.equals(NistDates.UNKNOWN)), type, scope, Optional.ofNullable(resultsStatus));
        }
    }
}
