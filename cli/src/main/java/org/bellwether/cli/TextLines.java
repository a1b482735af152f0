package org.bellwether.cli;

import java.io.PrintWriter;
import org.bellwether.formats.report.PlainText;

/**
 * A command's output of lines that carry names from the files (inspect, versions, reconcile, diff, import): each
 * line is escaped ({@link PlainText}) as it is printed, so that a name holding a newline or an escape sequence shows
 * as written and cannot forge a line. Blocks printed whole are tables whose cells were escaped already.
 */
final class TextLines extends PrintWriter {

    private TextLines(PrintWriter out) {
        super(out);
    }

    static PrintWriter of(PrintWriter out) {
        return new TextLines(out);
    }

    @Override
    public void println(String line) {
        super.println(PlainText.escape(line));
    }
}
