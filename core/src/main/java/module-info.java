/**
 * Bellwether's election model and tabulation rules: contests, choices, reporting units, tallies, and every rule
 * with its outcome round by round. Depends on the JDK only.
 */
module org.bellwether.core {
    exports org.bellwether.core;
    exports org.bellwether.core.rule;
    exports org.bellwether.core.ranked;
}
