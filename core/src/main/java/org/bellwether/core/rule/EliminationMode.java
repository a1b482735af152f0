package org.bellwether.core.rule;

/** How many candidates a round with nobody to elect eliminates. */
public enum EliminationMode {
    /** The last candidate alone (ties broken by the rule's tie-break). */
    ONE_AT_A_TIME,
    /**
     * Every candidate at the bottom whose votes together are fewer than the next candidate's, since none of them
     * could overtake anyone above (RCTab: {@code batchElimination}).
     */
    BATCH
}
