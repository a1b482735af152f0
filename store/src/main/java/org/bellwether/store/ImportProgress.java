package org.bellwether.store;

/** Told how far an import has got, for a progress bar; called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> { };

    /** {@code rows} change rows have been written so far inside the (still uncommitted) import transaction. */
    void written(long rows);
}
