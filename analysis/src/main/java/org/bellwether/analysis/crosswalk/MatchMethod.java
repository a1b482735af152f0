package org.bellwether.analysis.crosswalk;

/** How a pair of places was matched, in the order the stages run. */
public enum MatchMethod {
    /** Listed in a reviewed crosswalk file. */
    DECLARED,
    /** The same name, character for character. */
    EXACT,
    /** The same name after {@link Names#normalise normalisation}. */
    NORMALISED,
    /** The most similar remaining name in the county, with a score at or above the threshold. */
    FUZZY
}
