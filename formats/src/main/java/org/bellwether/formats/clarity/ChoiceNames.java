package org.bellwether.formats.clarity;

import org.bellwether.formats.ReaderNotes;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.Choice;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.DeclaredChoices;
import org.bellwether.formats.InputException;

/**
 * Turns a Clarity {@code <Choice>} into the choice the election holds, so that names line up with the Georgia
 * Secretary of State's export ({@code KAREN HANDEL}, party {@code REP}). Georgia's Clarity files put the party in
 * the text, {@code KAREN HANDEL (REP)}, with no {@code party} attribute or with {@code party="NP"} ("no party"
 * given, even for a Republican): then a last parenthesised word of two or three letters is the party and is
 * taken off the name. One letter stays in the name: {@code (I)} marks the incumbent, not a party. A real
 * {@code party} attribute wins, and is taken off the name only where the name repeats it. Declared aliases then
 * merge spellings, and the metadata side file supplies a party still missing.
 */
final class ChoiceNames {

    /** Clarity's "no party given". */
    static final String NO_PARTY = "NP";
    private static final Pattern PARTY_SUFFIX = Pattern.compile("(.*\\S)\\s+\\(([A-Za-z]{2,3})\\)");

    private final DeclaredChoices declared;
    private final ReaderNotes notes;

    ChoiceNames(ChoiceAliases aliases, ChoiceMetadata metadata, ReaderNotes notes) {
        this.declared = new DeclaredChoices(aliases, metadata, notes);
        this.notes = notes;
    }

    Choice resolve(String text, Optional<String> partyAttribute) {
        Choice read = fromText(text, partyAttribute);
        return declared.resolve(read.name(), read.party(), ChoiceNames::isWriteIn);
    }

    private Choice fromText(String text, Optional<String> attribute) {
        Optional<String> real = attribute.filter(p -> !p.equals(NO_PARTY));
        Matcher suffix = PARTY_SUFFIX.matcher(text);
        if (real.isPresent()) {
            boolean repeated = suffix.matches() && suffix.group(2).equalsIgnoreCase(real.get());
            return new Choice(repeated ? suffix.group(1) : text, real, false);
        }
        if (suffix.matches()) {
            notes.once("party suffix", "party read from the end of choice names: " + InputException.echo(text)
                    + " is " + InputException.echo(suffix.group(1)) + ", party " + suffix.group(2));
            return new Choice(suffix.group(1), Optional.of(suffix.group(2)), false);
        }
        return new Choice(text, attribute, false);
    }

    /** Clarity lists write-in votes as a choice of that name. */
    private static boolean isWriteIn(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("write-in") || lower.startsWith("write in") || lower.startsWith("writein");
    }
}
