package org.bellwether.formats.openelections;

import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.VoteType;

/**
 * The vote types one file can give, numbered from 0: one slot per vote-type column in header order, then one
 * for ALL. Per-row arrays are indexed by slot, so nothing about vote types is hashed while reading. ALL is
 * added to the election only when a row uses it.
 */
final class VoteSlots {

    private final ElectionBuilder builder;
    private final int[] types;
    private final String[] labels;

    VoteSlots(Layout layout, ElectionBuilder builder) {
        this.builder = builder;
        int columns = layout.types().size();
        this.types = new int[columns + 1];
        this.labels = new String[columns + 1];
        for (int i = 0; i < columns; i++) {
            VoteType type = layout.types().get(i).type();
            types[i] = builder.voteType(type);
            labels[i] = type.label();
        }
        types[columns] = -1;
        labels[columns] = VoteType.ALL.label();
    }

    int count() {
        return types.length;
    }

    /** The slot of vote type ALL. */
    int all() {
        return types.length - 1;
    }

    /** The election's index of the slot's vote type. */
    int type(int slot) {
        if (types[slot] < 0) {
            types[slot] = builder.voteType(VoteType.ALL);
        }
        return types[slot];
    }

    String label(int slot) {
        return labels[slot];
    }
}
