package org.bellwether.core.rule;

/**
 * How the votes of one contest decide who is elected or who advances. Each rule is a small options record;
 * the {@link Tabulator} decides by an exhaustive switch over them.
 */
public sealed interface Rule permits Plurality, MajorityRunoff, TopN, InstantRunoff,
        SingleTransferableVote, BottomsUp, BottomsUpThreshold, SequentialRunoff {

    /** The rule as a sentence a reader of the results understands, citing the law when one is known. */
    String describe();
}
