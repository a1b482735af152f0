package org.bellwether.core.rule;

import org.bellwether.core.Certification;

/** The statuses a complete, unofficial count given by the caller can reach, named for the tests. */
final class Statuses {

    static final Status FINAL = new Status.Decided(Verdict.ELECTED, Certification.UNOFFICIAL);
    static final Status RUNOFF_REQUIRED = new Status.Decided(Verdict.RUNOFF, Certification.UNOFFICIAL);
    static final Status ADVANCE_TO_GENERAL = new Status.Decided(Verdict.ADVANCE, Certification.UNOFFICIAL);
    static final Status TIE_PENDING = new Status.TiePending(Certification.UNOFFICIAL);

    private Statuses() {
    }
}
