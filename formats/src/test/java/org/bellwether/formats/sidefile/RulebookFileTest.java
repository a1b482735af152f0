package org.bellwether.formats.sidefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Contest;
import org.bellwether.core.ElectionType;
import org.bellwether.core.rule.MajorityRunoff;
import org.bellwether.core.rule.Office;
import org.bellwether.core.rule.RecountMargin;
import org.bellwether.core.rule.RuleSpec;
import org.bellwether.core.rule.Rulebook;
import org.bellwether.core.rule.RulebookEntry;
import org.bellwether.core.rule.Share;
import org.bellwether.core.rule.TopN;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookFileTest {

    private static final String HEADER = "state,election,office,rule,recount_margin_points,recount_statute,statute,"
            + "source,caveat,note\n";

    @TempDir
    Path dir;

    private int books;

    /** Each call its own file, book.csv then book2.csv and so on, since a refusal is checked after the next write. */
    private Path book(String rows) throws IOException {
        String name = ++books == 1 ? "book.csv" : "book" + books + ".csv";
        return Files.writeString(dir.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
    }

    @Test
    void theBundledRulebookCitesAStatuteAndASourceForEveryEntryAndEveryRuleParses() {
        Rulebook book = RulebookFile.bundled();

        assertThat(book.entries()).hasSizeGreaterThanOrEqualTo(35);
        Contest probe = new Contest("probe", 1, List.of());
        for (RulebookEntry e : book.entries()) {
            assertThat(e.statute()).as(e.key()).isNotBlank();
            assertThat(e.source()).as(e.key()).startsWith("https://");
            assertThat(RuleSpec.parse(e.rule(), probe, e.statute())).as(e.key()).isNotNull();
        }
        assertThat(book.entries()).extracting(RulebookEntry::state).contains("GA", "CA", "WA", "AK", "LA", "ME", "AL",
                "AR", "MS", "NC", "OK", "SC", "SD", "TX", "MT", "KS");
    }

    @Test
    void georgiaIsAMajorityWithATopTwoRunoffAndAHalfPointRecountMargin() {
        RulebookEntry ga = RulebookFile.bundled().lookup("GA", ElectionType.SPECIAL, Office.US_HOUSE).orElseThrow();

        assertThat(RuleSpec.parse(ga.rule(), new Contest("x", 1, List.of()), ga.statute()))
                .isEqualTo(new MajorityRunoff(new Share(1, 2), 2, "O.C.G.A. § 21-2-501(a)(1)"));
        assertThat(ga.recount()).contains(new RecountMargin(new Share(1, 200), "O.C.G.A. § 21-2-495(c)"));
        assertThat(ga.caveat()).isEmpty();
    }

    @Test
    void californiasPrimaryForTheHouseIsTopTwo() {
        RulebookEntry ca = RulebookFile.bundled().lookup("CA", ElectionType.PRIMARY, Office.US_HOUSE).orElseThrow();

        assertThat(RuleSpec.parse(ca.rule(), new Contest("x", 1, List.of()), ca.statute())).isEqualTo(new TopN(2));
    }

    @Test
    void anEntryNotConfirmedFromItsSourceSaysSo() {
        RulebookEntry ks = RulebookFile.bundled().lookup("KS", ElectionType.SPECIAL, Office.US_HOUSE).orElseThrow();

        assertThat(ks.caveat()).startsWith("unconfirmed:");
    }

    @Test
    void aUsersRulebookIsReadWithItsOwnName() throws IOException {
        Rulebook book = RulebookFile.load(book("NJ,general,*,plurality,,,N.J.S.A. 19:3-5,https://example.org,,\n"));

        assertThat(book.name()).isEqualTo("the rulebook book.csv");
        assertThat(book.lookup("NJ", ElectionType.GENERAL, Office.LOCAL)).map(RulebookEntry::rule)
                .isEqualTo(Optional.of("plurality"));
    }

    @Test
    void badEntriesAreRefusedNamingTheLineAndTheProblem() throws IOException {
        Path state = book("Georgia!,*,*,plurality,,,law,https://x,,\n");
        Path rule = book("GA,*,*,majority-ish,,,law,https://x,,\n");
        assertThatThrownBy(() -> RulebookFile.load(state)).isInstanceOf(InputException.class)
                .hasMessage(state + ": line 2: state \"Georgia!\" is not a state's USPS code");
        assertThatThrownBy(() -> RulebookFile.load(rule)).hasMessage(rule + ": line 2: unknown rule 'majority-ish';"
                + " rules: " + RuleSpec.FORMS);
        Path election = book("GA,midterm,*,plurality,,,law,https://x,,\n");
        assertThatThrownBy(() -> RulebookFile.load(election)).hasMessage(election + ": line 2: election \"midterm\""
                + " is not general, primary, special, runoff or *");
        Path twice = book("GA,*,*,plurality,,,law,https://x,,\nGA,*,*,majority,,,law,https://x,,\n");
        assertThatThrownBy(() -> RulebookFile.load(twice)).hasMessage(twice + ": line 3: entry GA * * is already"
                + " given at line 2: one entry per state, election and office");
        Path noStatute = book("GA,*,*,plurality,,,,https://x,,\n");
        assertThatThrownBy(() -> RulebookFile.load(noStatute)).hasMessage(noStatute + ": line 2: every entry cites"
                + " its statute and a public source");
        Path recount = book("GA,*,*,plurality,0.5,,law,https://x,,\n");
        assertThatThrownBy(() -> RulebookFile.load(recount)).hasMessage(recount + ": line 2: a recount margin cites"
                + " its recount_statute");
    }
}
