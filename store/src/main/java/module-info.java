/**
 * Versioned, append-only election results in SQLite (embedded, the default) or PostgreSQL (shared), with Flyway
 * migrations: import an election as a new version, read any version back, diff two versions.
 */
@SuppressWarnings("requires-automatic") // Flyway 13 ships no module descriptor and no Automatic-Module-Name
module org.bellwether.store {
    requires transitive org.bellwether.core;
    requires java.sql;
    requires flyway.core;
    requires org.xerial.sqlitejdbc;
    requires org.postgresql.jdbc;

    exports org.bellwether.store;
    // the SQL migrations: Flyway reads them through a class loader, which sees only unconditionally open packages
    opens org.bellwether.store.migration;
}
