package org.bellwether.cli;

/** The exit codes the command documents in its help. */
final class ExitCodes {

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int DIFFERENCES = 3;

    private ExitCodes() {
    }
}
