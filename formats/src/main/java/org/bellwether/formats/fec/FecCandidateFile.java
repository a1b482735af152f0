package org.bellwether.formats.fec;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.formats.InputException;

/**
 * Reads the FEC "all candidates" summary ({@code weball18.txt}): pipe-separated, no header, one candidate a line,
 * 30 fields in the order of {@code all_cand_header.txt}. Read as ISO-8859-1 (the FEC's files are plain ASCII;
 * this decoding never fails on a stray byte). Money fields must be decimal numbers; an empty one counts 0.
 */
public final class FecCandidateFile {

    /** The 2018 file has about 7,000 candidates; a file far larger is not this file. */
    static final int MAX_LINES = 100_000;
    private static final int ID = FecHeader.index("CAND_ID");
    private static final int NAME = FecHeader.index("CAND_NAME");
    private static final int PARTY = FecHeader.index("CAND_PTY_AFFILIATION");
    private static final int STATE = FecHeader.index("CAND_OFFICE_ST");
    private static final int DISTRICT = FecHeader.index("CAND_OFFICE_DISTRICT");
    private static final int RECEIPTS = FecHeader.index("TTL_RECEIPTS");
    private static final int DISBURSEMENTS = FecHeader.index("TTL_DISB");
    private static final int COVERAGE_END = FecHeader.index("CVG_END_DT");

    private FecCandidateFile() {
    }

    public static List<FecCandidate> read(Path file) {
        String name = file.toString();
        List<FecCandidate> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (line > MAX_LINES) {
                    throw new InputException(name, "line " + line, "more than " + MAX_LINES
                            + " lines (FecCandidateFile.MAX_LINES)");
                }
                if (!text.isBlank()) {
                    rows.add(candidate(name, line, text.split("\\|", -1)));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static FecCandidate candidate(String name, long line, String[] f) {
        if (f.length != FecHeader.COLUMNS.size()) {
            throw new InputException(name, "line " + line, f.length + " fields, but the FEC header has "
                    + FecHeader.COLUMNS.size() + " (see all_cand_header.txt)");
        }
        return new FecCandidate(f[ID].strip(), f[NAME].strip(), f[PARTY].strip(), f[STATE].strip(),
                f[DISTRICT].strip(), money(name, line, f, RECEIPTS), money(name, line, f, DISBURSEMENTS),
                f[COVERAGE_END].strip(), line);
    }

    private static BigDecimal money(String name, long line, String[] f, int column) {
        String text = f[column].strip();
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InputException(name, "line " + line, FecHeader.COLUMNS.get(column) + " "
                    + InputException.echo(text) + " is not a number", e);
        }
    }
}
