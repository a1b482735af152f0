package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fields FastCSV hands over as chars: the Strings they give back are the cells, however often reused; and the
 * same when the records were parsed on a thread of their own and are read in place from its batches ({@code piped}).
 */
class CsvFieldsTest {

    /** Every record of the text, in turn, as FastCSV hands it over here or as {@link PipedRecords} does. */
    private static void eachRecord(String text, boolean piped, Consumer<CsvFields> each) throws IOException {
        if (piped) {
            try (PipedRecords records = new PipedRecords(CsvReader.builder(), new StringReader(text))) {
                records.forEachRemaining(each);
            }
            return;
        }
        try (CsvReader<CsvFields> reader = CsvReader.builder().build(new CsvFields(), text)) {
            reader.forEach(each);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void givesEveryCellAsWrittenWhenCellsRepeatCollideAndOverflowTheCache(boolean piped) throws IOException {
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
        int[] r = {0};
        eachRecord(csv.toString(), piped, fields -> {
            String[] row = rows.get(r[0]++);
            assertThat(fields.count()).isEqualTo(4);
            for (int i = 0; i < 3; i++) {
                assertThat(fields.get(i)).isEqualTo(row[i]);
            }
            assertThat(fields.digits(3)).isEqualTo(Long.parseLong(row[3]));
            assertThat(fields.line()).isEqualTo(r[0]);
        });
        assertThat(r[0]).isEqualTo(rows.size());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tellsWhichLeadingFieldsRepeatTheRecordBeforeAndGivesRightCellsWhenSomeAreNotAskedFor(boolean piped)
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
            if (r % 97 == 0) {
                csv.append('\n'); // an empty line, skipped, between two records
            }
        }
        int[] r = {0};
        eachRecord(csv.toString(), piped, fields -> {
            String[] row = rows.get(r[0]);
            int repeated = 0;
            while (r[0] > 0 && repeated < row.length && row[repeated].equals(rows.get(r[0] - 1)[repeated])) {
                repeated++;
            }
            for (int i = 0; i < row.length; i++) {
                // after an empty line, the record before is that line's one empty field
                boolean afterEmpty = r[0] > 0 && (r[0] - 1) % 97 == 0;
                boolean repeats = afterEmpty ? i == 0 && row[0].isEmpty() : i < repeated;
                assertThat(fields.repeats(i)).as("row %d field %d", r[0], i).isEqualTo(repeats);
                if (random.nextInt(3) > 0) {
                    assertThat(fields.get(i)).as("row %d field %d", r[0], i).isEqualTo(row[i]);
                }
            }
            r[0]++;
        });
        assertThat(r[0]).isEqualTo(rows.size());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void givesARepeatedCellAsTheSameString(boolean piped) throws IOException {
        List<String> counties = new ArrayList<>();
        eachRecord("Cobb,1\nCobb,2\n", piped, fields -> counties.add(fields.get(0)));
        assertThat(counties.get(1)).isSameAs(counties.get(0));
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

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void refusesARecordOfMoreFieldsThanFastCsvAllowsWithItsMessageAfterTheRecordsBefore(boolean piped) {
        String record = "a,b\n\n" + ",".repeat(16 * 1024) + "\n";
        List<String> before = new ArrayList<>();
        assertThatThrownBy(() -> eachRecord(record, piped, fields -> before.add(fields.get(1))))
                .isInstanceOf(CsvParseException.class)
                .hasMessage("Record starting at line 3 has surpassed the maximum limit of 16384 fields");
        assertThat(before).containsExactly("b");
    }

    @Test
    void readsRecordsInPlaceAcrossBatchesAsTheyWereParsed() throws IOException {
        // records long enough that batches fill by chars, so that records' neighbours lie in other batches
        StringBuilder csv = new StringBuilder();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < 3_000; r++) {
            String row = "County " + r / 40 + "," + "x".repeat(r % 300) + "," + r;
            rows.add(row);
            csv.append(row).append(r % 5 == 0 ? "\r\n" : "\n");
        }
        List<String> read = new ArrayList<>();
        eachRecord(csv.toString(), true, fields -> read.add(String.join(",", fields.toList())));
        assertThat(read).isEqualTo(rows);
    }
}
