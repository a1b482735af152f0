package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bellwether.formats.InputException;
import org.bellwether.formats.nist.CountsParser.Figure;
import org.bellwether.formats.nist.CountsParser.Other;
import org.bellwether.formats.nist.CountsParser.RawCount;
import org.bellwether.formats.nist.CountsParser.Selection;
import org.bellwether.formats.nist.Directory.Ref;

/** Readers of the objects that carry figures: VoteCounts and BallotCounts, ContestSelection, OtherCounts. */
final class CountReaders {

    private CountReaders() {
    }

    /** VoteCounts or BallotCounts: a GpUnitId, a Type and OtherType, and the figure under {@code valueField}. */
    static final class CountReader implements Fields.ObjectReader {
        private final Fields in;
        private final String valueField;
        private final Consumer<RawCount> into;
        private final String at;
        private Ref unit;
        private String type;
        private String typeAt;
        private String otherType;
        private String value;
        private String valueAt;

        CountReader(Fields in, String valueField, Consumer<RawCount> into) {
            this.in = in;
            this.valueField = valueField;
            this.into = into;
            this.at = in.where();
        }

        @Override
        public void field(String name) {
            if ("GpUnitId".equals(name)) {
                unit = in.ref();
            } else if ("Type".equals(name)) {
                typeAt = in.where();
                type = in.scalar().strip();
            } else if ("OtherType".equals(name)) {
                otherType = in.scalar().strip();
            } else if (valueField.equals(name)) {
                valueAt = in.where();
                value = in.integer();
            }
        }

        @Override
        public void end() {
            if (unit == null || type == null) {
                throw new InputException(in.file(), at, "a count has no " + (unit == null ? "GpUnitId" : "Type"));
            }
            if (value != null) {
                into.accept(new RawCount(unit, type, Optional.ofNullable(otherType).filter(o -> !o.isEmpty()),
                        typeAt, value, valueAt));
            }
        }
    }

    static final class SelectionReader implements Fields.ObjectReader {
        private final Fields in;
        private final Consumer<Selection> into;
        private final String at;
        private final List<RawCount> counts = new ArrayList<>();
        private String id = "";
        private List<Ref> candidates = List.of();
        private List<Ref> parties = List.of();
        private String text;
        private boolean writeIn;

        SelectionReader(Fields in, Consumer<Selection> into) {
            this.in = in;
            this.into = into;
            this.at = in.where();
        }

        @Override
        public void field(String name) {
            switch (name) {
                case "@id" -> id = NistValues.id(in.scalar());
                case "VoteCounts" -> in.objects(() -> new CountReader(in, "Count", c -> {
                    NistLimit.COUNTS_PER_SELECTION.check(counts.size() + 1L, in.file(), c.valueAt());
                    counts.add(c);
                }));
                case "CandidateIds" -> candidates = refs();
                case "PartyIds" -> parties = refs();
                case "Selection" -> text = in.text();
                case "IsWriteIn" -> writeIn = NistValues.bool(in.scalar(), "IsWriteIn", in.file(), in.where());
                default -> {
                    // sequence order and endorsements do not change the count
                }
            }
        }

        private List<Ref> refs() {
            String where = in.where();
            return in.references().stream().map(r -> new Ref(r, where)).toList();
        }

        @Override
        public void end() {
            into.accept(new Selection(id, at, candidates, parties, Optional.ofNullable(text), writeIn, counts));
        }
    }

    static final class OtherReader implements Fields.ObjectReader {
        private final Fields in;
        private final Consumer<Other> into;
        private final String at;
        private Ref unit;
        private Figure overvotes;
        private Figure undervotes;

        OtherReader(Fields in, Consumer<Other> into) {
            this.in = in;
            this.into = into;
            this.at = in.where();
        }

        @Override
        public void field(String name) {
            switch (name) {
                case "GpUnitId" -> unit = in.ref();
                case "Overvotes" -> overvotes = figure();
                case "Undervotes" -> undervotes = figure();
                default -> {
                    // write-ins are choices in the model; device classes do not apply
                }
            }
        }

        private Figure figure() {
            String where = in.where();
            return new Figure(in.integer(), where);
        }

        @Override
        public void end() {
            if (unit == null) {
                throw new InputException(in.file(), at, "OtherCounts has no GpUnitId");
            }
            into.accept(new Other(unit, Optional.ofNullable(overvotes), Optional.ofNullable(undervotes)));
        }
    }
}
