package org.bellwether.formats.clarity;

import org.bellwether.core.Reporting;
import org.bellwether.formats.ReaderNotes;
import java.util.Optional;

/**
 * The attributes of a {@code <Contest>}. How many precincts report is given two ways: county-level files say
 * {@code precinctsReported} of {@code precinctsParticipating}; precinct-level files say {@code precinctsReported}
 * of {@code precinctsReporting}, which despite its name is the number of precincts taking part (Clarity's own
 * "Number of Precincts for Race" equals it, and so do the percentages beside it).
 *
 * @param text     the contest's name
 * @param voteFor  how many choices a voter may mark; 1 when the file does not say (files before 2018 do not)
 * @param reported precincts reported, or -1
 * @param of       precincts taking part, or -1
 * @param participatingGiven whether {@code of} came from {@code precinctsParticipating}
 */
record ContestHeader(String text, int voteFor, long reported, long of, boolean participatingGiven) {

    static ContestHeader read(Cursor in, ReaderNotes notes) {
        Fields fields = new Fields();
        int count = in.attributes();
        for (int i = 0; i < count; i++) {
            fields.take(in, i);
        }
        if (fields.text == null) {
            throw in.missing("text");
        }
        long of = fields.participating >= 0 ? fields.participating : fields.reporting;
        return new ContestHeader(fields.text, voteFor(in, notes, fields.voteFor), fields.reported, of,
                fields.participating >= 0);
    }

    /** What a contest's attributes have said so far. */
    private static final class Fields {
        String text;
        long voteFor = -1;
        long reported = -1;
        long participating = -1;
        long reporting = -1;

        void take(Cursor in, int i) {
            switch (in.attribute(i)) {
                case "text" -> text = in.name(i);
                case "voteFor" -> voteFor = in.count(i);
                case "precinctsReported" -> reported = in.count(i);
                case "precinctsParticipating" -> participating = in.count(i);
                case "precinctsReporting" -> reporting = in.count(i);
                case "countiesParticipating", "countiesReported" -> in.count(i);
                case "key", "isQuestion", "precinctsReportingPercent" -> {
                    // Clarity's id, the question flag (the model does not tell offices from questions) and a
                    // percentage that the counts above already give exactly
                }
                default -> in.unknownAttribute(i);
            }
        }
    }

    private static int voteFor(Cursor in, ReaderNotes notes, long voteFor) {
        if (voteFor < 0) {
            notes.once("voteFor", "contests without voteFor are read as vote-for-1 (first at line " + in.line() + ")");
            return 1;
        }
        if (voteFor == 0) {
            throw in.error("<Contest> voteFor is 0: a voter must be able to mark at least one choice");
        }
        return (int) voteFor;
    }

    /** Precincts reported of precincts taking part, when the file says. */
    Optional<Reporting> reporting() {
        if (reported < 0 || of < 0) {
            return Optional.empty();
        }
        return Optional.of(Reporting.of(reported, of, "precincts", "the file's precinctsReported of "
                + (participatingGiven ? "precinctsParticipating" : "precinctsReporting")));
    }
}
