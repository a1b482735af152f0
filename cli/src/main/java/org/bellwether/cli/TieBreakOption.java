package org.bellwether.cli;

import org.bellwether.core.rule.TieBreak;
import picocli.CommandLine;

/** The {@code --tie-break} option: ties at a cut line are left to the law unless a recorded rule is given. */
final class TieBreakOption implements CommandLine.ITypeConverter<TieBreak> {

    static final String HELP = "law (default: report the tie, to be resolved by lot as the law provides),"
            + " lot:SEED (a recorded, reproducible draw), authority:TEXT (report who resolves it)";

    @Override
    public TieBreak convert(String value) {
        if (value.equals("law")) {
            return TieBreak.BY_LAW;
        }
        if (value.startsWith("lot:")) {
            try {
                return new TieBreak.SeededLot(Long.parseLong(value.substring(4)));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("lot:SEED needs a whole-number seed, was " + value);
            }
        }
        if (value.startsWith("authority:") && value.length() > "authority:".length()) {
            return new TieBreak.Unresolved(value.substring("authority:".length()));
        }
        throw new CommandLine.TypeConversionException("unknown tie-break '" + value + "'; use " + HELP);
    }
}
