package org.bellwether.formats.nist;

import java.util.Optional;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/**
 * NIST's {@code CountItemType} tokens and the vote category each means: the one table both the readers and the
 * writers use, so that a vote type survives a round trip. A vote type's label travels in {@code OtherType} whenever
 * it is not the label the token alone reads to (GA SOS {@code Election Day Votes} is written as
 * {@code election-day} with {@code OtherType} {@code Election Day Votes}); NIST meant {@code OtherType} for
 * {@code other}, so consumers may ignore it there, which costs them only the label.
 */
enum CountItem {
    TOTAL("total", VoteCategory.ALL),
    ELECTION_DAY("election-day", VoteCategory.ELECTION_DAY),
    EARLY("early", VoteCategory.ADVANCE_IN_PERSON),
    ABSENTEE_MAIL("absentee-mail", VoteCategory.ABSENTEE_BY_MAIL),
    PROVISIONAL("provisional", VoteCategory.PROVISIONAL),
    OTHER("other", VoteCategory.OTHER),
    ABSENTEE("absentee", VoteCategory.ABSENTEE_BY_MAIL),
    ABSENTEE_FWAB("absentee-fwab", VoteCategory.ABSENTEE_BY_MAIL),
    ABSENTEE_IN_PERSON("absentee-in-person", VoteCategory.ADVANCE_IN_PERSON),
    UOCAVA("uocava", VoteCategory.OTHER),
    SEATS("seats", VoteCategory.OTHER),
    WRITE_IN("write-in", VoteCategory.OTHER);

    /** How a vote type is written: the token and, when the label needs it, {@code OtherType}. */
    record Written(CountItem item, Optional<String> otherType) {
    }

    private final String token;
    private final VoteCategory category;

    CountItem(String token, VoteCategory category) {
        this.token = token;
        this.category = category;
    }

    String token() {
        return token;
    }

    static Optional<CountItem> of(String token) {
        for (CountItem item : values()) {
            if (item.token.equals(token)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The label a count of this type without {@code OtherType} reads to; {@code total} is {@link VoteType#ALL}. */
    String label() {
        return this == TOTAL ? VoteType.ALL.label() : token;
    }

    VoteType read(Optional<String> otherType) {
        if (this == TOTAL && otherType.isEmpty()) {
            return VoteType.ALL;
        }
        return new VoteType(otherType.orElse(label()), category);
    }

    /** The token whose reading gives back this vote type: its own label when that is a token of its category. */
    static Written write(VoteType type) {
        CountItem item = of(type.label()).filter(i -> i.category == type.category())
                .orElseGet(() -> first(type.category()));
        return new Written(item, type.label().equals(item.label()) ? Optional.empty() : Optional.of(type.label()));
    }

    /** The enum lists each category's usual token first. */
    private static CountItem first(VoteCategory category) {
        for (CountItem item : values()) {
            if (item.category == category) {
                return item;
            }
        }
        throw new IllegalStateException("no CountItemType for " + category);
    }
}
