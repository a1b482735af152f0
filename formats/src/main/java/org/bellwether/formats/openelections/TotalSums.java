package org.bellwether.formats.openelections;

import java.util.List;
import org.bellwether.core.ElectionBuilder;

/**
 * The sum each pending total is compared with. Choice and statistic sums were kept while reading; the sums of
 * whole contests are derived here, and only when a file has rows without a candidate (Chautauqua County):
 * per county or file from the choice sums, per unit from a snapshot of the election's tallies, so that files
 * without such rows pay nothing for them while reading.
 */
final class TotalSums {

    private final SumTable choiceSums;
    private final SumTable statisticSums;
    private final SumTable groupContestSums = new SumTable();
    private final SumTable unitContestSums = new SumTable();

    TotalSums(SumTable choiceSums, SumTable statisticSums, List<PendingTotal> pending, ElectionBuilder builder) {
        this.choiceSums = choiceSums;
        this.statisticSums = statisticSums;
        if (pending.stream().anyMatch(t -> t.kind() == TotalKind.GROUP_CONTEST)) {
            choiceSums.forEach((key, sum) -> groupContestSums.add(SumKeys.contestOf(key), sum));
        }
        if (pending.stream().anyMatch(t -> t.kind() == TotalKind.UNIT_CONTEST)) {
            sumUnits(pending, builder);
        }
    }

    private void sumUnits(List<PendingTotal> pending, ElectionBuilder builder) {
        SumTable wanted = new SumTable();
        pending.stream().filter(t -> t.kind() == TotalKind.UNIT_CONTEST)
                .forEach(t -> wanted.add(SumKeys.unit(t.key()), 1));
        builder.build().tallies().forEach((contest, choice, unit, voteType, votes) -> {
            if (wanted.get(unit) > 0) {
                unitContestSums.add(SumKeys.contest(unit, contest, voteType), votes);
            }
        });
    }

    long of(PendingTotal total) {
        return switch (total.kind()) {
            case CHOICE -> choiceSums.get(total.key());
            case STATISTIC -> statisticSums.get(total.key());
            case GROUP_CONTEST -> groupContestSums.get(total.key());
            case UNIT_CONTEST -> unitContestSums.get(total.key());
        };
    }
}
