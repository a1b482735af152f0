/**
 * Election night: the feed watcher, the results API with server-sent events, and the live page, over the store.
 */
@SuppressWarnings("requires-automatic") // Hipparchus 4 has no module names
module org.bellwether.server {
    requires transitive org.bellwether.core;
    requires transitive org.bellwether.store;
    requires transitive org.bellwether.formats;
    requires org.bellwether.analysis;
    requires transitive org.bellwether.render;
    requires transitive io.javalin;
    requires com.fasterxml.jackson.core;
    requires hipparchus.core;
    requires java.net.http;
    exports org.bellwether.server;
    exports org.bellwether.server.watch;
    opens org.bellwether.server;
}
