package org.bellwether.formats.openelections;

/** What a total row totals, which decides the sum it is compared with. */
enum TotalKind {
    /** A choice's votes in a county (TOTAL precinct) or in the whole file (Total county). */
    CHOICE,
    /** A statistic, such as registered voters, in a county or the whole file. */
    STATISTIC,
    /** All choices of a contest in a county or the whole file: a total row without a candidate. */
    GROUP_CONTEST,
    /** All choices of a contest in one unit: a precinct or county row without a candidate. */
    UNIT_CONTEST
}
