package org.bellwether.cli;

/** The exit codes the command documents in its help. */
final class ExitCodes {

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int DIFFERENCES = 3;
    /** A ranked count stopped at a tie that a human must answer (rcv: re-run with --tie-answer). */
    static final int TIE_PENDING = 4;

    private ExitCodes() {
    }
}
