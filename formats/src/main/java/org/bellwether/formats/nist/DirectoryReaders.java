package org.bellwether.formats.nist;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bellwether.formats.InputException;
import org.bellwether.formats.nist.Directory.Ref;

/** Readers of the objects the first pass keeps besides GpUnits: Party, Candidate and the heading of a Contest. */
final class DirectoryReaders {

    private DirectoryReaders() {
    }

    static final class PartyReader extends Identified {
        private final Consumer<Directory.Party> into;
        private String name;
        private String abbreviation;

        PartyReader(Fields in, Consumer<Directory.Party> into) {
            super(in);
            this.into = into;
        }

        @Override
        public void field(String field) {
            switch (field) {
                case "@id" -> id = NistValues.id(in.scalar());
                case "Name" -> name = in.text();
                case "Abbreviation" -> abbreviation = in.text();
                default -> {
                    // colours, logos and leaders are not results
                }
            }
        }

        @Override
        public void end() {
            String objectId = id("a Party");
            String label = name == null || name.isEmpty() ? objectId : name;
            into.accept(new Directory.Party(objectId, at, label,
                    Optional.ofNullable(abbreviation).filter(a -> !a.isEmpty())));
        }
    }

    static final class CandidateReader extends Identified {
        private final Consumer<Directory.Candidate> into;
        private String name;
        private Ref party;

        CandidateReader(Fields in, Consumer<Directory.Candidate> into) {
            super(in);
            this.into = into;
        }

        @Override
        public void field(String field) {
            switch (field) {
                case "@id" -> id = NistValues.id(in.scalar());
                case "BallotName" -> name = in.text();
                case "PartyId" -> party = in.ref();
                default -> {
                    // slogans, contact details and statuses are not results
                }
            }
        }

        @Override
        public void end() {
            String objectId = id("a Candidate");
            if (name == null || name.isBlank()) {
                throw new InputException(in.file(), at, "Candidate " + InputException.echo(objectId)
                        + " has no BallotName");
            }
            into.accept(new Directory.Candidate(objectId, at, name, Optional.ofNullable(party)));
        }
    }

    static final class ContestHeadReader extends Identified {
        private final Consumer<Directory.ContestHead> into;
        private String kind = "Contest";
        private String name;
        private Ref district;
        private int votesAllowed = 1;
        private String voteVariation;
        private int numberElected = -1;
        private String totalStatus;
        private long subUnitsReported = -1;
        private long totalSubUnits = -1;

        ContestHeadReader(Fields in, Consumer<Directory.ContestHead> into) {
            super(in);
            this.into = into;
        }

        @Override
        public void field(String field) {
            switch (field) {
                case "@id" -> id = NistValues.id(in.scalar());
                case "@type" -> kind = Fields.typeName(in.scalar());
                case "Name" -> name = in.scalar().strip();
                case "ElectionDistrictId" -> district = in.ref();
                case "VotesAllowed" -> votesAllowed = votesAllowed(in.scalar(), in.where());
                case "VoteVariation" -> voteVariation = in.scalar().strip();
                case "NumberElected" -> numberElected = (int) Math.min(NistValues.count(in.scalar(), "NumberElected",
                        in.file(), in.where()), Integer.MAX_VALUE);
                case "CountStatus" -> in.objects(() -> new CountStatusReader(s -> totalStatus = s));
                case "SubUnitsReported" -> subUnitsReported = NistValues.count(in.scalar(), "SubUnitsReported",
                        in.file(), in.where());
                case "TotalSubUnits" -> totalSubUnits = NistValues.count(in.scalar(), "TotalSubUnits", in.file(),
                        in.where());
                default -> {
                    // selections and other counts are read in the second pass
                }
            }
        }

        private int votesAllowed(String text, String where) {
            long n = NistValues.count(text, "VotesAllowed", in.file(), where);
            if (n < 1) {
                throw new InputException(in.file(), where, "VotesAllowed " + n + " is less than 1");
            }
            return (int) n;
        }

        @Override
        public void end() {
            String objectId = id("a Contest");
            if (name == null || name.isEmpty()) {
                throw new InputException(in.file(), at, "Contest " + InputException.echo(objectId) + " has no Name");
            }
            if (district == null) {
                throw new InputException(in.file(), at, "Contest " + InputException.echo(objectId)
                        + " has no ElectionDistrictId");
            }
            into.accept(new Directory.ContestHead(objectId, at, kind, name, district, votesAllowed,
                    Optional.ofNullable(voteVariation), numberElected, Optional.ofNullable(totalStatus),
                    subUnitsReported, totalSubUnits));
        }

        /** One {@code CountStatus}: only the one for the total count says how complete the contest is. */
        private final class CountStatusReader implements Fields.ObjectReader {
            private final Consumer<String> total;
            private String status;
            private String type;

            CountStatusReader(Consumer<String> total) {
                this.total = total;
            }

            @Override
            public void field(String field) {
                switch (field) {
                    case "Status" -> status = in.scalar().strip();
                    case "Type" -> type = in.scalar().strip();
                    default -> {
                        // OtherType names a type we do not read
                    }
                }
            }

            @Override
            public void end() {
                if (status != null && "total".equals(type)) {
                    total.accept(status);
                }
            }
        }
    }
}
