package org.bellwether.formats.clarity;

/**
 * Reads a {@code <VoteType>}: its own figure and its parts, one {@code <Precinct>} or {@code <County>} each. The
 * parts are what is stored; the figure is only checked against their sum. A vote type with no parts is the
 * finest figure the file has, so it is stored for the file's region.
 */
final class FigureParser {

    /** Where the parts of one vote type go: tallies, unit statistics, or nowhere. */
    @FunctionalInterface
    interface Sink {
        void put(int unit, long count, String unitName);
    }

    /** A vote type's attributes, and the line they were read at. */
    record Header(String label, long votes, int line) {
    }

    private final Cursor in;
    private final Units units;
    private final Totals totals;

    FigureParser(Cursor in, Units units, Totals totals) {
        this.in = in;
        this.units = units;
        this.totals = totals;
    }

    Header header() {
        String label = null;
        long votes = -1;
        int count = in.attributes();
        for (int i = 0; i < count; i++) {
            switch (in.attribute(i)) {
                case "name" -> label = in.name(i);
                case "votes" -> votes = in.count(i);
                default -> in.unknownAttribute(i);
            }
        }
        if (label == null) {
            throw in.missing("name");
        }
        if (votes < 0) {
            throw in.missing("votes");
        }
        return new Header(label, votes, in.line());
    }

    /**
     * Reads the parts of a vote type into the sink and checks its figure against their sum.
     *
     * @param what the figure, for a message: {@code votes 716 of "Trump" in "President", vote type "Election Day"}
     */
    void parts(Header header, Sink sink, Totals.Kind kind, String what) {
        long sum = 0;
        boolean any = false;
        units.startList();
        while (in.nextChild()) {
            String tag = in.element();
            if (Units.PRECINCT.equals(tag) || Units.COUNTY.equals(tag)) {
                any = true;
                sum += part(tag, sink);
            } else {
                in.unknown("VoteType");
            }
        }
        if (any) {
            totals.check(kind, header.line(), header.votes(), sum, what, units.parts());
        } else {
            sink.put(units.regionUnit(), header.votes(), units.regionName());
        }
    }

    /** One precinct's or county's figure: the hot path of a large file. */
    private long part(String tag, Sink sink) {
        String name = null;
        long votes = -1;
        int count = in.attributes();
        for (int i = 0; i < count; i++) {
            switch (in.attribute(i)) {
                case "name" -> name = in.name(i);
                case "votes" -> votes = in.count(i);
                default -> in.unknownAttribute(i);
            }
        }
        if (name == null) {
            throw in.missing("name");
        }
        if (votes < 0) {
            throw in.missing("votes");
        }
        sink.put(units.child(tag, name), votes, name);
        while (in.nextChild()) {
            in.unknown(tag);
        }
        return votes;
    }
}
