package org.bellwether.core;

/**
 * Whether results are official. Only a source that says so (NIST ERR {@code Status certified}) or a user who
 * declares it on import makes results certified; everything else is unofficial.
 */
public enum Certification {
    UNOFFICIAL, CERTIFIED
}
