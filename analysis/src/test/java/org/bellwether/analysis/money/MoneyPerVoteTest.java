package org.bellwether.analysis.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.junit.jupiter.api.Test;

class MoneyPerVoteTest {

    @Test
    void ossoffRaisedAbout252DollarsPerRunoffVote() {
        Contest runoff = new Contest("U.S. House, District 6", 1, List.of(Choice.named("Karen Handel").withParty("R"),
                Choice.named("Jon Ossoff").withParty("D")));
        Finance ossoff = new Finance("H8GA06195", "OSSOFF, T. JONATHAN", new BigDecimal("31605071.08"),
                new BigDecimal("31212595.64"), "12/31/2018");
        List<MoneyRow> rows = MoneyPerVote.compute(runoff, new long[] {134_799, 125_517}, Map.of("JON OSSOFF",
                ossoff));
        assertThat(rows).extracting(MoneyRow::candidate).containsExactly("Karen Handel", "Jon Ossoff");
        MoneyRow jon = rows.get(1);
        // 31,605,071.08 / 125,517 = 251.8009...
        assertThat(jon.receiptsPerVote()).contains(new BigDecimal("251.80"));
        assertThat(jon.disbursementsPerVote()).contains(new BigDecimal("248.67"));
        assertThat(rows.get(0).finance()).isEmpty();
        assertThat(rows.get(0).receiptsPerVote()).isEmpty();
    }
}
