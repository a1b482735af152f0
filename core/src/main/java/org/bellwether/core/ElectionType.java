package org.bellwether.core;

/** The kind of election day, as officials classify it. */
public enum ElectionType {
    GENERAL, PRIMARY, SPECIAL, RUNOFF, UNKNOWN
}
