package org.bellwether.cli;

import java.nio.file.Path;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.bellwether.formats.sidefile.ChoiceAliasesFile;
import org.bellwether.formats.sidefile.ChoiceMetadataFile;
import picocli.CommandLine.Option;

/** Options every command that reads results shares. */
final class ReadingOptions {

    @Option(names = "--choices", paramLabel = "FILE",
            description = "CSV of facts a source leaves out (choice,party,write_in), e.g."
                    + " examples/ga06-2017/choices.csv")
    Path choices;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "CSV of spelling variants to merge (variant,canonical); every merge is reported")
    Path aliases;

    @Option(names = "--totals", paramLabel = "reject|report", defaultValue = "reject",
            description = "when a file's TOTAL row disagrees with its parts: reject the file (default) or"
                    + " report both numbers and keep the parts")
    Totals totals;

    @Option(names = "--state", paramLabel = "CODE", converter = StateCode.class,
            description = "the state whose election this is (USPS code, e.g. GA), for files that do not say"
                    + " (a Clarity county file, an OpenElections file named outside the standard); it picks the"
                    + " rulebook's entries")
    String state;

    enum Totals { REJECT, REPORT }

    /** A state's USPS code, from the code or the name in any case; anything else is a usage error. */
    static final class StateCode implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return org.bellwether.formats.UsStates.codeOf(value).filter(c -> c.length() == 2).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("'" + value + "' is not a state's USPS code"
                            + " or name"));
        }
    }

    /**
     * The election with --state applied: it fills in a state the files do not name; a file that names another
     * state wins, and the difference is noted.
     */
    org.bellwether.core.Election withState(org.bellwether.core.Election e) {
        if (state == null) {
            return e;
        }
        String code = state;
        if (e.state().isEmpty()) {
            return e.withState(code);
        }
        if (!e.state().get().equals(code)) {
            java.util.List<String> notes = new java.util.ArrayList<>(e.notes());
            notes.add("--state " + code + " ignored: the files name the state " + e.state().get());
            return e.withNotes(notes);
        }
        return e;
    }

    ReadOptions toReadOptions() {
        ChoiceMetadata metadata = choices == null ? ChoiceMetadata.NONE : ChoiceMetadataFile.load(choices);
        ChoiceAliases merges = aliases == null ? ChoiceAliases.NONE : ChoiceAliasesFile.load(aliases);
        return new ReadOptions(merges, metadata, totalsPolicy());
    }

    private TotalsPolicy totalsPolicy() {
        return switch (totals) {
            case REJECT -> TotalsPolicy.REJECT;
            case REPORT -> TotalsPolicy.REPORT;
        };
    }
}
