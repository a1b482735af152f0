package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fields FastCSV hands over as chars: the Strings they give back are the cells, however often reused. */
class CsvFieldsTest {

    @Test
    void givesEveryCellAsWrittenWhenCellsRepeatCollideAndOverflowTheCache() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            pool.add("cell " + "x".repeat(random.nextInt(20)) + i);
        }
        pool.add("");
        List<String[]> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r < 20_000; r++) {
            String[] row = {pool.get(r / 50 % pool.size()), pool.get(r % 7), pool.get(random.nextInt(pool.size())),
                String.valueOf(random.nextLong(1L << 40))};
            rows.add(row);
            csv.append('"').append(row[0]).append("\",").append(row[1]).append(',').append(row[2]).append(',')
                    .append(row[3]).append('\n');
        }
        try (CsvReader<CsvFields> reader = CsvReader.builder().build(new CsvFields(), csv.toString())) {
            int r = 0;
            for (CsvFields fields : reader) {
                String[] row = rows.get(r++);
                assertThat(fields.count()).isEqualTo(4);
                for (int i = 0; i < 3; i++) {
                    assertThat(fields.get(i)).isEqualTo(row[i]);
                }
                assertThat(fields.digits(3)).isEqualTo(Long.parseLong(row[3]));
                assertThat(fields.line()).isEqualTo(r);
            }
            assertThat(r).isEqualTo(rows.size());
        }
    }

    @Test
    void tellsWhichLeadingFieldsRepeatTheRecordBeforeAndGivesRightCellsWhenSomeAreNotAskedFor()
            throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String[] pool = {"", "a", "b", "ab", "ba", "abc"};
        List<String[]> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r < 5_000; r++) {
            String[] row = new String[4];
            for (int i = 0; i < row.length; i++) {
                row[i] = r > 0 && random.nextInt(3) > 0 ? rows.get(r - 1)[i] : pool[random.nextInt(pool.length)];
            }
            rows.add(row);
            csv.append(String.join(",", row)).append('\n');
        }
        try (CsvReader<CsvFields> reader = CsvReader.builder().build(new CsvFields(), csv.toString())) {
            int r = 0;
            for (CsvFields fields : reader) {
                String[] row = rows.get(r);
                int repeated = 0;
                while (r > 0 && repeated < row.length && row[repeated].equals(rows.get(r - 1)[repeated])) {
                    repeated++;
                }
                for (int i = 0; i < row.length; i++) {
                    assertThat(fields.repeats(i)).as("row %d field %d", r, i).isEqualTo(i < repeated);
                    if (random.nextInt(3) > 0) {
                        assertThat(fields.get(i)).as("row %d field %d", r, i).isEqualTo(row[i]);
                    }
                }
                r++;
            }
        }
    }

    @Test
    void givesARepeatedCellAsTheSameString() throws IOException {
        try (CsvReader<CsvFields> reader = CsvReader.builder().build(new CsvFields(), "Cobb,1\nCobb,2\n")) {
            List<String> counties = new ArrayList<>();
            reader.forEach(fields -> counties.add(fields.get(0)));
            assertThat(counties.get(1)).isSameAs(counties.get(0));
        }
    }

    @Test
    void readsOnlyPlainDigitsAsACountAndBlanksAsWhiteSpace() throws IOException {
        try (CsvReader<CsvFields> reader = CsvReader.builder().build(new CsvFields(), "12, 12,,\t ,1e3\n")) {
            CsvFields fields = reader.iterator().next();
            assertThat(fields.digits(0)).isEqualTo(12);
            assertThat(fields.digits(1)).isEqualTo(-1);
            assertThat(fields.digits(2)).isEqualTo(-1);
            assertThat(fields.digits(4)).isEqualTo(-1);
            assertThat(fields.isBlank(1)).isFalse();
            assertThat(fields.isBlank(2)).isTrue();
            assertThat(fields.isBlank(3)).isTrue();
        }
    }

    @Test
    void refusesARecordOfMoreFieldsThanFastCsvAllowsWithItsMessage() {
        String record = "\n\n" + ",".repeat(16 * 1024) + "\n";
        assertThatThrownBy(() -> CsvReader.builder().build(new CsvFields(), record).forEach(fields -> { }))
                .isInstanceOf(CsvParseException.class)
                .hasMessage("Record starting at line 3 has surpassed the maximum limit of 16384 fields");
    }
}
