/**
 * Tabulation rules: who is elected or advances, given each choice's votes in one contest.
 *
 * <p>A {@link org.bellwether.core.rule.Rule} says how votes become seats, a
 * {@link org.bellwether.core.rule.TieBreak} says what happens when equal votes straddle the last seat, and
 * {@link org.bellwether.core.rule.Tabulator#tabulate} applies both, returning an
 * {@link org.bellwether.core.rule.Outcome} that records every decision taken and explains it in words.
 * All arithmetic is exact integer arithmetic; {@link org.bellwether.core.rule.Percentage} is for display only.
 */
package org.bellwether.core.rule;
