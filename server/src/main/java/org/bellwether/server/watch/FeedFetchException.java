package org.bellwether.server.watch;

/** A feed could not be fetched after every retry; the message names the URL and the last failure. */
final class FeedFetchException extends RuntimeException {

    private final boolean unpublished;

    FeedFetchException(String message) {
        this(message, false);
    }

    FeedFetchException(String message, boolean unpublished) {
        super(message);
        this.unpublished = unpublished;
    }

    /** The server said the file is not there (404, or 403 as a CDN in front of a bucket says it): not yet published. */
    boolean unpublished() {
        return unpublished;
    }
}
