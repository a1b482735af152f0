package org.bellwether.formats;

import java.util.Objects;

/**
 * How to read: which spelling variants to merge, which facts to add to choices, what to do with totals that
 * disagree with their parts.
 */
public record ReadOptions(ChoiceAliases aliases, ChoiceMetadata metadata, TotalsPolicy totals) {

    public static final ReadOptions DEFAULT = new ReadOptions(ChoiceAliases.NONE, ChoiceMetadata.NONE,
            TotalsPolicy.REJECT);

    public ReadOptions {
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(totals, "totals policy");
    }

    public ReadOptions withAliases(ChoiceAliases a) {
        return new ReadOptions(a, metadata, totals);
    }

    public ReadOptions withMetadata(ChoiceMetadata m) {
        return new ReadOptions(aliases, m, totals);
    }

    public ReadOptions withTotals(TotalsPolicy t) {
        return new ReadOptions(aliases, metadata, t);
    }
}
