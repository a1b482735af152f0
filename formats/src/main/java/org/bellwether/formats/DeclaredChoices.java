package org.bellwether.formats;

import java.util.Optional;
import java.util.function.Predicate;
import org.bellwether.core.Choice;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;

/**
 * What the side files declare about a choice a reader has named: the declared alias merges its spelling (each merge
 * noted once), and the metadata, found under the name as read or as merged, supplies a party the source leaves out
 * and says whether it is a write-in.
 */
public final class DeclaredChoices {

    private final ChoiceAliases aliases;
    private final ChoiceMetadata metadata;
    private final ReaderNotes notes;

    public DeclaredChoices(ChoiceAliases aliases, ChoiceMetadata metadata, ReaderNotes notes) {
        this.aliases = aliases;
        this.metadata = metadata;
        this.notes = notes;
    }

    /**
     * @param name    the choice's name as the reader made it from the source
     * @param party   the party the source gives, if any
     * @param writeIn whether a merged name is a write-in when the metadata does not say
     */
    public Choice resolve(String name, Optional<String> party, Predicate<String> writeIn) {
        String canonical = aliases.canonical(name).orElse(name);
        if (!canonical.equals(name)) {
            notes.once("merged choice " + InputException.echo(name) + " into " + InputException.echo(canonical)
                    + " (declared alias)");
        }
        Optional<ChoiceFacts> facts = metadata.of(name).or(() -> metadata.of(canonical));
        return new Choice(canonical, party.or(() -> facts.flatMap(ChoiceFacts::party)),
                facts.map(ChoiceFacts::writeIn).orElse(writeIn.test(canonical)));
    }
}
