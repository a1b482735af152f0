package org.bellwether.formats.sidefile;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import org.bellwether.core.Contest;
import org.bellwether.core.ElectionType;
import org.bellwether.core.rule.Office;
import org.bellwether.core.rule.RecountMargin;
import org.bellwether.core.rule.RuleSpec;
import org.bellwether.core.rule.Rulebook;
import org.bellwether.core.rule.RulebookEntry;
import org.bellwether.core.rule.Share;
import org.bellwether.formats.Beside;
import org.bellwether.formats.InputException;
import org.bellwether.formats.UsStates;

/**
 * Loads a rulebook: the law as a CSV that an election lawyer can read and correct in a spreadsheet, one entry
 * per line, each citing its statute and its public source, and saying what is not confirmed:
 * <pre>
 * state,election,office,rule,recount_margin_points,recount_statute,statute,source,caveat,note
 * GA,*,*,majority,0.5,O.C.G.A. § 21-2-495(c),O.C.G.A. § 21-2-501(a)(1),https://...,,Primaries, ...
 * </pre>
 * {@code election} is general, primary, special, runoff or {@code *}; {@code office} is president, us-senate,
 * us-house, state, local, question or {@code *}; {@code rule} is a written rule ({@link RuleSpec#FORMS}). The
 * bundled rulebook is {@code us-rulebook.csv} beside this class's package in the resources.
 */
public final class RulebookFile {

    static final Columns COLUMNS = new Columns(List.of("state", "election", "office", "rule", "statute", "source"),
            List.of("recount_margin_points", "recount_statute", "caveat", "note"));
    static final String BUNDLED = "/org/bellwether/formats/sidefile/us-rulebook.csv";
    private static final Contest PROBE = new Contest("rulebook check", 1, List.of());

    private RulebookFile() {
    }

    /** The bundled rulebook, read once: the first to ask reads it, on its own thread or on {@link #readAhead}'s. */
    private static final FutureTask<Rulebook> BUNDLED_READ = new FutureTask<>(RulebookFile::readBundled);

    /**
     * Starts reading the bundled rulebook on a thread of its own, for {@link #bundled} to take: a run reads it once
     * its input is read, and at the start of a run the second core is idle (the command line is being built).
     */
    public static void readAhead() {
        Thread.ofPlatform().daemon().name("rulebook").start(BUNDLED_READ);
    }

    /** The rulebook Bellwether ships (one instance: it is immutable), read here unless it is read or being read. */
    public static Rulebook bundled() {
        return Beside.join(BUNDLED_READ, "reading the bundled rulebook");
    }

    private static Rulebook readBundled() {
        try (InputStream in = RulebookFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled rulebook " + BUNDLED + " is missing from the program");
            }
            try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse("Bellwether's rulebook (us-rulebook.csv)", "us-rulebook.csv",
                        SideCsv.read("us-rulebook.csv", text, COLUMNS));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the bundled rulebook cannot be read: " + e.getMessage(), e);
        }
    }

    /** A user's own rulebook, which replaces the bundled one. */
    public static Rulebook load(Path file) {
        return parse("the rulebook " + file.getFileName(), file.toString(), SideCsv.read(file, COLUMNS));
    }

    private static Rulebook parse(String title, String name, List<SideCsv.Row> rows) {
        List<RulebookEntry> entries = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (SideCsv.Row row : rows) {
            RulebookEntry entry = entry(name, row);
            Long first = seen.putIfAbsent(entry.key(), row.line());
            if (first != null) {
                throw row.error(name, "entry " + entry.key() + " is already given at line " + first
                        + ": one entry per state, election and office");
            }
            entries.add(entry);
        }
        return new Rulebook(title, entries);
    }

    private static RulebookEntry entry(String name, SideCsv.Row row) {
        String state = UsStates.codeOf(row.get("state")).filter(c -> c.length() == 2)
                .orElseThrow(() -> row.error(name, "state " + InputException.echo(row.get("state"))
                        + " is not a state's USPS code"));
        String rule = row.get("rule");
        try {
            RuleSpec.parse(rule, PROBE, "check");
        } catch (IllegalArgumentException e) {
            throw row.error(name, e.getMessage());
        }
        if (row.get("statute").isEmpty() || row.get("source").isEmpty()) {
            throw row.error(name, "every entry cites its statute and a public source");
        }
        return new RulebookEntry(state, election(name, row), office(name, row), rule, recount(name, row),
                row.get("statute"), row.get("source"), row.get("caveat"), (int) row.line());
    }

    private static Optional<ElectionType> election(String name, SideCsv.Row row) {
        String word = row.get("election").toLowerCase(Locale.ROOT);
        return switch (word) {
            case "*" -> Optional.empty();
            case "general", "primary", "special", "runoff" -> Optional.of(ElectionType.valueOf(word.toUpperCase(Locale.ROOT)));
            default -> throw row.error(name, "election " + InputException.echo(word)
                    + " is not general, primary, special, runoff or *");
        };
    }

    private static Optional<Office> office(String name, SideCsv.Row row) {
        String word = row.get("office").toLowerCase(Locale.ROOT);
        if (word.equals("*")) {
            return Optional.empty();
        }
        return Optional.of(Office.ofCode(word).filter(o -> o != Office.UNKNOWN).orElseThrow(() -> row.error(name,
                "office " + InputException.echo(word) + " is not president, us-senate, us-house, state, local,"
                        + " question or *")));
    }

    /** Percentage points as written (0.5) into an exact share of the votes cast (1/200). */
    private static Optional<RecountMargin> recount(String name, SideCsv.Row row) {
        String points = row.get("recount_margin_points");
        if (points.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal p;
        try {
            p = new BigDecimal(points);
        } catch (NumberFormatException e) {
            throw row.error(name, "recount_margin_points " + InputException.echo(points) + " is not a number");
        }
        if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) >= 0 || p.scale() > 6) {
            throw row.error(name, "recount_margin_points " + points + " must be above 0 and below 100, with at most"
                    + " six decimals");
        }
        if (row.get("recount_statute").isEmpty()) {
            throw row.error(name, "a recount margin cites its recount_statute");
        }
        BigInteger num = p.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(p.scale(), 0)).multiply(BigInteger.valueOf(100));
        BigInteger gcd = num.gcd(den);
        return Optional.of(new RecountMargin(new Share(num.divide(gcd).longValueExact(), den.divide(gcd).longValueExact()),
                row.get("recount_statute")));
    }
}
