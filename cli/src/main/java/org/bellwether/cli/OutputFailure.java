package org.bellwether.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Output that could not be written (a full disk, a closed pipe, a folder that is missing or read-only). The command
 * stops at the first failed write and exits with {@link ExitCodes#BAD_INPUT}, the message saying what failed and why
 * in one line, never a stack trace.
 */
final class OutputFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean usage;

    OutputFailure(String what, IOException cause) {
        super("cannot write " + what + ": " + reason(cause), cause);
        this.usage = false;
    }

    OutputFailure(String message) {
        this(message, false);
    }

    private OutputFailure(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    /** An output the command line should not have asked for (onto one of its own inputs): a usage error. */
    static OutputFailure usage(String message) {
        return new OutputFailure(message, true);
    }

    int exitCode() {
        return usage ? ExitCodes.USAGE : ExitCodes.BAD_INPUT;
    }

    /**
     * The failure behind a writer's unchecked wrapper: the format writers wrap what the stream threw (an XML
     * writer twice), and the innermost {@link IOException} holds the system's reason.
     */
    static OutputFailure unwrapped(String what, java.io.UncheckedIOException e) {
        IOException deepest = e.getCause();
        for (Throwable t = deepest; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                deepest = io;
            }
        }
        return new OutputFailure(what, deepest);
    }

    /** What went wrong in the words of the operating system, without Java's class names or repeated paths. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full (no space left on device)";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (lower.contains("file name too long")) {
            return "the file name is too long";
        }
        return text;
    }
}
