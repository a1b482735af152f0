package org.bellwether.server.watch;

/** A feed could not be fetched after every retry; the message names the URL and the last failure. */
final class FeedFetchException extends RuntimeException {

    FeedFetchException(String message) {
        super(message);
    }
}
