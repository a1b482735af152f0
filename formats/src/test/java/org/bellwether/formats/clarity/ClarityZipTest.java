package org.bellwether.formats.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.clarity.Tallies.votes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clarity publishes {@code detailxml.zip}: one {@code detail.xml}. The zip is read in place, its sizes counted as
 * it inflates, and a bomb, a path out of the archive, a zip in the zip or too many entries refuse it.
 */
class ClarityZipTest {

    static final Path COBB = SharedData.file("ga06-2017/clarity/special_Cobb.xml");

    @TempDir
    Path dir;

    static Election read(Path file, ClarityDetailReader reader) {
        ElectionBuilder builder = new ElectionBuilder();
        reader.read(file, builder, ReadOptions.DEFAULT);
        return builder.build();
    }

    static Election read(Path file) {
        return read(file, new ClarityDetailReader());
    }

    @Test
    void readsTheDetailXmlOfAZipAsItReadsTheFile() throws IOException {
        Path zip = Zips.of("detail.xml", Files.readAllBytes(COBB)).write(dir.resolve("detailxml.zip"));

        Election fromZip = read(zip);
        Election fromXml = read(COBB);

        assertThat(votes(fromZip, ClarityRealFilesTest.HOUSE, "KAREN HANDEL")).isEqualTo(45_625);
        assertThat(fromZip.tallies().stream().toList()).isEqualTo(fromXml.tallies().stream().toList());
        assertThat(fromZip.notes()).last().asString().startsWith("clarity-detail-xml: detailxml.zip: snapshot of "
                + "6/20/2017 11:28:53 PM EDT;");
    }

    @Test
    void readsAZipThroughReadersDespiteItsNulBytes() throws IOException {
        Path zip = Zips.of("detail.xml", Files.readAllBytes(COBB)).write(dir.resolve("detailxml.zip"));

        Election election = new Readers(List.of(new ClarityDetailReader())).read(List.of(zip), ReadOptions.DEFAULT);

        assertThat(election.sources()).singleElement().satisfies(s -> assertThat(s.reader())
                .isEqualTo("clarity-detail-xml"));
    }

    @Test
    void namesTheEntryAndLineOfAnErrorInside() throws IOException {
        Path zip = Zips.of("detail.xml", SmallDetail.with("votes=\"25\"", "votes=\"x\""))
                .write(dir.resolve("detailxml.zip"));

        assertThatThrownBy(() -> read(zip)).hasMessage(zip + ": detail.xml: line 16: <Precinct> votes \"x\" is not "
                + "a whole number");
    }

    @Test
    void refusesAZipBombInTheDetailXml() throws IOException {
        // about 30 MB of one repeated tag: deflate packs it about 1,000 to 1
        String bomb = "<?xml version=\"1.0\"?>\n<ElectionResult>" + "<Pad/>".repeat(5_000_000) + "</ElectionResult>";
        Path zip = Zips.of("detail.xml", bomb).write(dir.resolve("bomb.zip"));

        assertThatThrownBy(() -> read(zip)).hasMessage(zip + ": entry \"detail.xml\": inflates more than 100 times "
                + "its compressed size, over the limit (ZipLimits.MAX_COMPRESSION_RATIO): refused as a likely zip "
                + "bomb");
    }

    @Test
    void refusesAZipBombInAnotherEntry() throws IOException {
        Path zip = Zips.of("detail.xml", SmallDetail.XML).and("padding.bin", new byte[30 << 20])
                .write(dir.resolve("bomb.zip"));

        assertThatThrownBy(() -> read(zip)).hasMessage(zip + ": entry \"padding.bin\": inflates more than 100 times "
                + "its compressed size, over the limit (ZipLimits.MAX_COMPRESSION_RATIO): refused as a likely zip "
                + "bomb");
    }

    @Test
    void refusesMoreBytesThanTheLimitCountingWhatIsInflated() throws IOException {
        Path zip = Zips.of("detail.xml", Files.readAllBytes(COBB)).write(dir.resolve("detailxml.zip"));
        ClarityDetailReader small = new ClarityDetailReader(new ZipLimits(16, 10_000, 100, 1 << 20));

        assertThatThrownBy(() -> read(zip, small)).hasMessage(zip + ": entry \"detail.xml\": inflates to more than "
                + "10000 bytes (with the entries before it), over the limit (ZipLimits.MAX_UNCOMPRESSED_BYTES)");
    }

    @Test
    void refusesAnEntryThatClimbsOutOfTheArchive() throws IOException {
        Path zip = Zips.of("../x", "owned").and("detail.xml", SmallDetail.XML).write(dir.resolve("slip.zip"));

        assertThatThrownBy(() -> read(zip)).hasMessage(zip + ": entry \"../x\": zip entry path climbs out of the "
                + "archive with \"..\": refused");
    }

    @Test
    void refusesAnEntryWithAnAbsolutePath() throws IOException {
        Path zip = Zips.of("detail.xml", SmallDetail.XML).and("/etc/cron.d/x", "owned").write(dir.resolve("abs.zip"));

        assertThatThrownBy(() -> read(zip)).hasMessage(zip + ": entry \"/etc/cron.d/x\": absolute path in a zip "
                + "entry: refused");
    }

    @Test
    void refusesMoreEntriesThanTheLimit() throws IOException {
        Zips zips = Zips.of("detail.xml", SmallDetail.XML);
        for (int i = 1; i <= 16; i++) {
            zips.and("extra-" + i + ".txt", "x");
        }
        Path zip = zips.write(dir.resolve("many.zip"));

        assertThatThrownBy(() -> read(zip)).hasMessage(zip + ": entry \"extra-16.txt\": more than 16 entries, over "
                + "the limit (ZipLimits.MAX_ENTRIES)");
    }

    @Test
    void refusesAZipInsideTheZip() throws IOException {
        byte[] inner = Zips.of("detail.xml", SmallDetail.XML).bytes(dir);
        Path byName = Zips.of("detail.xml", SmallDetail.XML).and("more.zip", inner).write(dir.resolve("a.zip"));
        Path byContent = Zips.of("detail.xml", inner).write(dir.resolve("b.zip"));

        assertThatThrownBy(() -> read(byName)).hasMessage(byName + ": entry \"more.zip\": a zip inside the zip: "
                + "refused (nested archives are a zip bomb's tool)");
        assertThatThrownBy(() -> read(byContent)).hasMessage(byContent + ": entry \"detail.xml\": a zip inside the "
                + "zip: refused (nested archives are a zip bomb's tool)");
    }

    @Test
    void refusesAZipWithoutOrWithTwoDetailXml() throws IOException {
        Path none = Zips.of("summary.json", "{}").write(dir.resolve("none.zip"));
        Path two = Zips.of("detail.xml", SmallDetail.XML).and("DETAIL.XML", SmallDetail.XML)
                .write(dir.resolve("two.zip"));

        assertThatThrownBy(() -> read(none)).hasMessage(none + ": the zip holds no detail.xml: not a Clarity detail "
                + "zip");
        assertThatThrownBy(() -> read(two)).hasMessage(two + ": entry \"DETAIL.XML\": a second detail.xml in the "
                + "zip: refused, since it is unclear which to read");
    }

    @Test
    void notesAnotherEntryAndReadsOn() throws IOException {
        Path zip = Zips.of("detail.xml", SmallDetail.XML).and("readme.txt", "hello").write(dir.resolve("x.zip"));

        assertThat(read(zip).notes()).contains("clarity-detail-xml: x.zip: ignored zip entry \"readme.txt\"");
    }

    @Test
    void refusesATruncatedZip() throws IOException {
        Path whole = Zips.of("detail.xml", Files.readAllBytes(COBB)).write(dir.resolve("whole.zip"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        // the line is where the inflater ran dry, which depends on the deflater that wrote the zip
        assertThatThrownBy(() -> read(cut)).hasMessageStartingWith(cut + ": detail.xml: line ")
                .hasMessageEndingWith(": malformed XML: Premature end of file.");
    }

    @Test
    void saysADamagedEntryCannotBeReadRatherThanThatItsXmlIsMalformed() throws IOException {
        byte[] bytes = Files.readAllBytes(Zips.of("detail.xml", Files.readAllBytes(COBB)).write(dir.resolve("z.zip")));
        for (int i = 1000; i < 1008; i++) {
            bytes[i] ^= (byte) 0xFF;
        }
        Path damaged = Files.write(dir.resolve("damaged.zip"), bytes);

        // where the inflater stops and what zlib calls the damage depend on the deflater that wrote the zip
        assertThatThrownBy(() -> read(damaged)).hasMessageStartingWith(damaged + ": detail.xml: line ")
                .hasMessageContaining(": cannot be read: ");
    }

    @Test
    void recognisesAZipByItsFirstEntryOnly() throws IOException {
        ClarityDetailReader reader = new ClarityDetailReader();
        Path detail = Zips.of("detail.xml", SmallDetail.XML).write(dir.resolve("a.zip"));
        Path other = Zips.of("data.csv", "a,b").write(dir.resolve("b.zip"));

        assertThat(reader.recognises(ClaritySampleFilesTest.head(detail))).isTrue();
        assertThat(reader.recognises(ClaritySampleFilesTest.head(other))).isFalse();
    }
}
