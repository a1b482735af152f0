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

    enum Totals { REJECT, REPORT }

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
