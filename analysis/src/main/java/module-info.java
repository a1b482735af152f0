/**
 * Analyses of results: baselines inside districts, precinct crosswalks, swing, special-election
 * over-performance, vote flows between rounds, money per vote and House simulations.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Hipparchus 4 has no module names
module org.bellwether.analysis {
    requires transitive org.bellwether.core;
    requires transitive hipparchus.core;
    requires hipparchus.stat;
    requires hipparchus.optim;

    exports org.bellwether.analysis;
    exports org.bellwether.analysis.baseline;
    exports org.bellwether.analysis.crosswalk;
    exports org.bellwether.analysis.cycle;
    exports org.bellwether.analysis.flows;
    exports org.bellwether.analysis.house;
    exports org.bellwether.analysis.money;
    exports org.bellwether.analysis.specials;
    exports org.bellwether.analysis.swing;
}
