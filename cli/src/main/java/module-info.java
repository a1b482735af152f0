/**
 * The {@code bellwether} command. It exports nothing: its API is the command line. picocli reads the commands'
 * annotated fields by reflection, hence the package is open to it.
 */
@SuppressWarnings("requires-automatic") // Hipparchus 4 has no module names
module org.bellwether.cli {
    requires org.bellwether.core;
    requires org.bellwether.formats;
    requires org.bellwether.store;
    requires org.bellwether.analysis;
    requires org.bellwether.render;
    requires hipparchus.core;
    requires com.fasterxml.jackson.core;
    requires de.siegmar.fastcsv;
    requires info.picocli;
    requires me.tongfei.progressbar;

    opens org.bellwether.cli to info.picocli;
}
