package org.bellwether.formats.openelections;

/**
 * One distinct candidate cell of one contest in one file, resolved once: what it stands for, the choice it
 * names after any alias, and what the file's rows say about it. There is one per (contest, spelling), so they
 * grow with contests x choices, never with rows.
 */
final class ChoiceEntry {

    final String cell;
    final RowKind kind;
    /** The name after any alias: the choice's name, or the cell for a statistic. */
    final String name;
    final boolean aliased;
    final boolean writeIn;
    /** The builder's index of the choice, or -1 for a statistic or a contest total. */
    final int choice;
    /** The first non-blank party label this file gives the choice, or null. */
    String party;
    /** Rows that used this spelling, for the alias notes. */
    int rows;
    /** The entry that followed this one in its contest last time: most likely the next one again. */
    ChoiceEntry next;
    /** The builder's index of the contest, for a choice. */
    final int contest;
    /**
     * The choice's votes in the group being read, per vote-type slot (see {@link RowVotes#slots}), added to the
     * totals check's table when the group changes: an array add per row instead of a hash-table update.
     */
    long[] groupSums;
    int sumsGroup = -1;

    ChoiceEntry(String cell, RowKind kind, String name, boolean aliased, boolean writeIn, int contest, int choice) {
        this.cell = cell;
        this.kind = kind;
        this.name = name;
        this.aliased = aliased;
        this.writeIn = writeIn;
        this.contest = contest;
        this.choice = choice;
    }
}
