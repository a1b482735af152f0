package org.bellwether.server.watch;

/**
 * A place results are published: asked for what is new, it answers without changing what the watcher holds. The
 * watcher then {@linkplain #accept accepts} or {@linkplain #refuse refuses} what it was given, so a feed that
 * offered a broken file offers it again only when it changes.
 */
public sealed interface Feed permits ClaritySite, ResultsFolder {

    /** The feed as log lines name it: a URL or a folder. */
    String describe();

    /**
     * The state whose results the feed publishes, as a USPS code, when its address says so (a Clarity site's URL:
     * {@code .../GA/Cobb/63991/}); a file that names no state takes it from there, so the rulebook can decide.
     */
    default java.util.Optional<String> state() {
        return java.util.Optional.empty();
    }

    /** What the feed holds now, against what was last accepted or refused. */
    FeedPoll poll();

    /** The snapshot was imported (or found unchanged in the store): it is now the feed's current one. */
    void accept(FeedPoll.Fresh fresh);

    /** The snapshot could not be read: remember it so that the same bytes are not tried again. */
    void refuse(FeedPoll.Fresh fresh);
}
