package org.bellwether.formats.gasos;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/**
 * The parts of a Georgia Secretary of State export, as read from the JSON. Each keeps the JSON path it was read
 * at ({@code at}), so that a check made after the whole block is read can still say where a figure came from.
 */
final class Export {

    private Export() {
    }

    /** The state block ({@code results}) or one county's ({@code localResults[i]}). */
    record Block(String name, String at, List<Item> items) {
        Block {
            items = List.copyOf(items);
        }
    }

    /** A contest ({@code ballotItems[i]}). */
    record Item(String name, int voteFor, String at, List<Option> options) {
        Item {
            options = List.copyOf(options);
        }
    }

    /** A candidate or answer ({@code ballotOptions[i]}); {@code party} is its {@code politicalParty} when given. */
    record Option(String name, Optional<String> party, String at, Counted counted, List<Precinct> precincts) {
        Option {
            Objects.requireNonNull(party, "party");
            precincts = List.copyOf(precincts);
        }
    }

    /** One precinct's votes for an option ({@code precinctResults[i]}). */
    record Precinct(String name, String at, Counted counted) {
    }

    /**
     * A {@code voteCount} and the {@code groupResults} that break it down by vote type.
     *
     * @param at the path of the {@code voteCount}
     */
    record Counted(long votes, String at, List<Group> groups) {
        Counted {
            groups = List.copyOf(groups);
        }

        long groupSum() {
            return groups.stream().mapToLong(Group::votes).sum();
        }

        /** The votes by vote type; without a breakdown, the voteCount stands for all votes. */
        List<Figure> figures() {
            if (groups.isEmpty()) {
                return List.of(new Figure(VoteType.ALL, votes, at));
            }
            return groups.stream().map(g -> new Figure(g.voteType(), g.votes(), g.at())).toList();
        }
    }

    /** One vote type's votes ({@code groupResults[i]}); {@code at} is the path of its voteCount. */
    record Group(String label, long votes, String at) {

        /** Georgia's group names over the years; any other is kept under its own label as OTHER. */
        VoteType voteType() {
            VoteCategory category = switch (label.toLowerCase(Locale.ROOT)) {
                case "election day" -> VoteCategory.ELECTION_DAY;
                case "absentee by mail" -> VoteCategory.ABSENTEE_BY_MAIL;
                case "advance in person", "advance voting" -> VoteCategory.ADVANCE_IN_PERSON;
                case "provisional" -> VoteCategory.PROVISIONAL;
                default -> VoteCategory.OTHER;
            };
            return new VoteType(label, category);
        }
    }

    /** Votes of one vote type, with the path they were read at. */
    record Figure(VoteType type, long votes, String at) {
    }
}
