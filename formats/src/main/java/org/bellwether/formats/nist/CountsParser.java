package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The second pass: the counts. Each ContestSelection is handed to the {@link ElectionAssembler} as soon as it is
 * read, so memory holds one selection's counts at a time however large the file.
 */
final class CountsParser {

    /** A count as read: the GpUnit it is for, its CountItemType and OtherType, and the figure's text. */
    record RawCount(Directory.Ref unit, String type, Optional<String> otherType, String typeAt, String value,
            String valueAt) {
    }

    /** A ContestSelection as read: whatever names it, and its counts. */
    record Selection(String id, String at, List<Directory.Ref> candidates, List<Directory.Ref> parties,
            Optional<String> text, boolean writeIn, List<RawCount> counts) {
    }

    /** A figure's text and where it was read. */
    record Figure(String value, String at) {
    }

    /** One OtherCounts: the over- and undervotes of a contest in a unit. */
    record Other(Directory.Ref unit, Optional<Figure> overvotes, Optional<Figure> undervotes) {
    }

    private final Fields in;
    private final ElectionAssembler assembler;
    private int contest;

    private CountsParser(Fields in, ElectionAssembler assembler) {
        this.in = in;
        this.assembler = assembler;
    }

    static void parse(Fields in, ElectionAssembler assembler) {
        CountsParser p = new CountsParser(in, assembler);
        in.root(name -> {
            if ("Election".equals(name)) {
                in.objects(p.new ElectionReader()::self);
            }
        });
    }

    /** Election: the ballots cast of every unit (checked together at its end) and the contests. */
    private final class ElectionReader implements Fields.ObjectReader {
        private final List<RawCount> ballots = new ArrayList<>();

        ElectionReader self() {
            return this;
        }

        @Override
        public void field(String name) {
            if ("BallotCounts".equals(name)) {
                in.objects(() -> new CountReaders.CountReader(in, "BallotsCast", ballots::add));
            } else if ("Contest".equals(name)) {
                in.objects(() -> new ContestReader(contest++));
            }
        }

        @Override
        public void end() {
            assembler.ballots(ballots);
        }
    }

    private final class ContestReader implements Fields.ObjectReader {
        private final int index;
        private final List<Other> others = new ArrayList<>();

        ContestReader(int index) {
            this.index = index;
            assembler.contest(index);
        }

        @Override
        public void field(String name) {
            if ("ContestSelection".equals(name)) {
                in.objects(() -> new CountReaders.SelectionReader(in, s -> assembler.selection(index, s)));
            } else if ("OtherCounts".equals(name)) {
                in.objects(() -> new CountReaders.OtherReader(in, others::add));
            }
        }

        @Override
        public void end() {
            assembler.otherCounts(index, others);
        }
    }
}
