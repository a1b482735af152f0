package org.bellwether.formats.nist;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.bellwether.formats.InputException;
import org.bellwether.formats.nist.Directory.Ref;

/** Readers of the objects the first pass keeps: GpUnit, Party, Candidate and the heading of a Contest. */
final class DirectoryReaders {

    /** The ExternalIdentifier {@code OtherType} under which a file we wrote keeps a unit ID that is no XML ID. */
    static final String UNIT_ID = "bellwether-unit-id";

    private DirectoryReaders() {
    }

    /** Reads the ObjectId every referable object has, and says where it was missing. */
    private abstract static class Identified implements Fields.ObjectReader {
        final Fields in;
        final String at;
        String id;

        Identified(Fields in) {
            this.in = in;
            this.at = in.where();
        }

        String id(String what) {
            if (id == null || id.isEmpty()) {
                throw new InputException(in.file(), at, what + " has no ObjectId");
            }
            return id;
        }
    }

    static final class UnitReader extends Identified {
        private final Consumer<Directory.Unit> into;
        private String name;
        private String type = "other";
        private boolean device;
        private String unitId;
        private List<String> composing = List.of();
        private String composingAt = "";
        private OptionalLong registered = OptionalLong.empty();
        private String registeredAt = "";

        UnitReader(Fields in, Consumer<Directory.Unit> into) {
            super(in);
            this.into = into;
        }

        @Override
        public void field(String field) {
            switch (field) {
                case "@id" -> id = NistValues.id(in.scalar());
                case "@type" -> device = "ReportingDevice".equals(Fields.typeName(in.scalar()));
                case "Name" -> name = in.text();
                case "Type" -> type = in.scalar().strip();
                case "ComposingGpUnitIds" -> {
                    composingAt = in.where();
                    composing = in.references();
                }
                case "VotersRegistered" -> {
                    registeredAt = in.where();
                    registered = OptionalLong.of(NistValues.count(in.scalar(), "VotersRegistered", in.file(),
                            registeredAt));
                }
                case "ExternalIdentifier" -> in.objects(() -> new UnitIdReader(in, v -> unitId = v));
                default -> {
                    // contact details, spatial extents and the like do not affect results
                }
            }
        }

        @Override
        public void end() {
            String objectId = id("a GpUnit");
            // a ReportingDevice (a scanner, a tabulator) counts ballots of one place: a precinct-level unit
            into.accept(new Directory.Unit(objectId, at, unitId == null ? objectId : unitId,
                    name == null || name.isEmpty() ? objectId : name, device ? "ballot-batch" : type, composing, composingAt, registered,
                    registeredAt));
        }
    }

    /** An ExternalIdentifier; only the one of type {@code other}/{@value #UNIT_ID} matters. */
    private static final class UnitIdReader implements Fields.ObjectReader {
        private final Fields in;
        private final Consumer<String> into;
        private String otherType;
        private String value;

        UnitIdReader(Fields in, Consumer<String> into) {
            this.in = in;
            this.into = into;
        }

        @Override
        public void field(String field) {
            if ("OtherType".equals(field)) {
                otherType = in.scalar().strip();
            } else if ("Value".equals(field)) {
                value = in.scalar().strip();
            }
        }

        @Override
        public void end() {
            if (UNIT_ID.equals(otherType) && value != null && !value.isEmpty()) {
                into.accept(value);
            }
        }
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
            into.accept(new Directory.ContestHead(objectId, at, kind, name, district, votesAllowed));
        }
    }
}
