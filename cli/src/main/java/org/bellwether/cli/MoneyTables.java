package org.bellwether.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.analysis.money.Finance;
import org.bellwether.analysis.money.MoneyPerVote;
import org.bellwether.analysis.money.MoneyRow;
import org.bellwether.core.Contest;
import org.bellwether.formats.InputException;
import org.bellwether.formats.fec.FecCandidate;
import org.bellwether.render.Cell;
import org.bellwether.render.Table;

/** Dollars per vote for each special whose file names an FEC id table. */
final class MoneyTables {

    private MoneyTables() {
    }

    static Table of(List<LoadedSpecial> specials, Map<String, Map<String, String>> idTables,
            List<FecCandidate> fec) {
        Map<String, FecCandidate> byId = new HashMap<>();
        fec.forEach(c -> byId.putIfAbsent(c.id(), c));
        List<List<Cell>> rows = new ArrayList<>();
        for (LoadedSpecial s : specials) {
            Map<String, String> ids = idTables.get(s.name());
            if (ids != null) {
                Contest contest = s.election().contests().get(s.contest());
                for (MoneyRow r : MoneyPerVote.compute(contest, s.election().choiceTotals(s.contest()),
                        finances(s, ids, byId))) {
                    rows.add(row(s.name(), r));
                }
            }
        }
        return new Table("money", "Money per vote", List.of("special", "candidate", "party", "votes", "FEC id",
                "FEC name", "receipts", "disbursements", "receipts per vote", "disbursements per vote",
                "coverage end"), rows, List.of(MoneyPerVote.CAVEAT));
    }

    private static Map<String, Finance> finances(LoadedSpecial s, Map<String, String> ids,
            Map<String, FecCandidate> byId) {
        Map<String, Finance> byChoice = new HashMap<>();
        ids.forEach((choice, id) -> {
            FecCandidate c = byId.get(id);
            if (c == null) {
                throw new InputException(s.spec().fec().orElseThrow().toString(), "", "FEC id " + id + " of "
                        + InputException.echo(choice) + " is not in the FEC file");
            }
            byChoice.put(choice, new Finance(c.id(), c.name(), c.receipts(), c.disbursements(), c.coverageEnd()));
        });
        return byChoice;
    }

    private static List<Cell> row(String special, MoneyRow r) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(special), Cell.text(r.candidate()), Cell.text(r.party()),
                Cell.count(r.votes())));
        if (r.finance().isEmpty()) {
            row.addAll(List.of(Cell.text("(none in the id table)"), Cell.empty(), Cell.empty(), Cell.empty(),
                    Cell.empty(), Cell.empty(), Cell.empty()));
            return row;
        }
        Finance f = r.finance().get();
        row.addAll(List.of(Cell.text(f.fecId()), Cell.text(f.fecName()), Cell.dollars(f.receipts()),
                Cell.dollars(f.disbursements()), r.receiptsPerVote().map(Cell::dollars).orElse(Cell.empty()),
                r.disbursementsPerVote().map(Cell::dollars).orElse(Cell.empty()), Cell.text(f.coverageEnd())));
        return row;
    }
}
