/**
 * HTML and SVG for people: result tables, bars, maps and charts, shared by the static report and the live page.
 * No I/O: it turns results into markup.
 */
@SuppressWarnings("requires-automatic") // Hipparchus 4 has no module names
module org.bellwether.render {
    requires transitive org.bellwether.core;
    requires transitive org.bellwether.analysis;
    requires hipparchus.core;
    exports org.bellwether.render;
}
