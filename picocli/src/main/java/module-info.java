/**
 * picocli, under the module name and with the exports of its published jar (whose module-info says the same:
 * {@code java.sql} is optional, for its converters of SQL types).
 */
module info.picocli {
    requires static java.sql;
    exports picocli;
}
