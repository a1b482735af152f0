package org.bellwether.formats.cvr;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * Reads the cast-vote records an RCTab configuration names into one contest's grouped ballots. Providers read:
 * {@code ess} (the ES&amp;S export, an xlsx workbook; or the same layout as a CSV file, rows ballots and columns ranks)
 * {@code cdf} (NIST SP 1500-103 cast vote records, JSON or XML), {@code clearBallot} (Clear Ballot's CSV),
 * {@code dominion} (a Dominion export folder), {@code genericCsv} (RCTab's generic CSV: a header row of candidate
 * names, cells the rank given to each) and {@code hart} (a folder of Hart's XML files, one per ballot).
 */
public final class CastVoteRecords {

    private CastVoteRecords() {
    }

    public static RankedBallots read(RctabConfig config) {
        return read(config, false);
    }

    /**
     * Reads the ballots; with {@code identities}, each ballot's id, batch, tabulator and precinct too (for the
     * store and audits). A file that gives a ballot no id gives it its file name and row (or JSON path).
     */
    public static RankedBallots read(RctabConfig config, boolean identities) {
        return read(config, identities, null);
    }

    /**
     * As {@link #read(RctabConfig, boolean)}, and with {@code hartKey} not null, each Hart sheet must be signed with
     * that key: its {@code .sig.xml} file is verified ({@link HartSignature}) before any sheet is counted, as RCTab
     * does when its security configuration asks.
     */
    public static RankedBallots read(RctabConfig config, boolean identities,
            java.security.interfaces.RSAPublicKey hartKey) {
        return read(config, identities, hartKey, List.of());
    }

    /**
     * As {@link #read(RctabConfig, boolean, java.security.interfaces.RSAPublicKey)}, taking an ES&amp;S source's
     * ballots from the rows its discovery kept ({@code read}, {@link CvrDiscovery.Layout#rows()}) where they serve
     * the count ({@link RankRows}), so that the file is read once; the ballots are those a read of the file gives.
     */
    public static RankedBallots read(RctabConfig config, boolean identities,
            java.security.interfaces.RSAPublicKey hartKey, List<RankRows> read) {
        RankedBallots.Builder ballots = builder(config);
        if (identities) {
            ballots.keepingIdentities();
        }
        Map<String, Integer> names = names(config);
        for (int s = 0; s < config.sources().size(); s++) {
            CvrSource source = config.sources().get(s);
            ballots.fromSource(s);
            String file = source.path().getFileName().toString();
            switch (source.provider()) {
                case "ess" -> {
                    RankRows kept = kept(read, source, ballots);
                    if (kept != null) {
                        kept.replay(rankColumns(config, source, names, ballots));
                    } else if (isZip(source.path())) {
                        readXlsx(source.path(), rankColumns(config, source, names, ballots));
                    } else if (!readByHalves(config, source, names, ballots, RankCsvHalves.minBytes())) {
                        readRankCsv(source.path(), rankColumns(config, source, names, ballots));
                    }
                }
                case "cdf" -> {
                    if (source.path().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                        CdfXmlCvrReader.read(source, names, config.undeclaredWriteInIndex(), config.maxRankings(),
                                ballots);
                    } else {
                        CdfJsonCvrReader.read(source, names, config.undeclaredWriteInIndex(), config.maxRankings(),
                                ballots, () -> builder(config), CdfJsonHalves.minBytes());
                    }
                }
                case "hart" -> HartCvrReader.read(source, names, config.undeclaredWriteInIndex(), config.maxRankings(),
                        hartKey, ballots);
                case "dominion" -> DominionCvrReader.read(source, names, config.undeclaredWriteInIndex(),
                        config.maxRankings(), ballots);
                case "clearBallot" -> ClearBallotCsv.read(source, names, config.undeclaredWriteInIndex(),
                        config.maxRankings(), ballots);
                case "genericCsv" -> CandidateColumns.read(source, names, config.undeclaredWriteInIndex(),
                        config.maxRankings(), ballots);
                default -> throw new InputException(file, "", "provider " + InputException.echo(source.provider())
                        + " is not read yet (read: ess, cdf, clearBallot, dominion, genericCsv, hart)");
            }
        }
        return ballots.build();
    }

    private static RankRows kept(List<RankRows> read, CvrSource source, RankedBallots.Builder ballots) {
        for (RankRows rows : read) {
            if (rows.serve(source, ballots)) {
                return rows;
            }
        }
        return null;
    }

    private static RankColumns rankColumns(RctabConfig config, CvrSource source, Map<String, Integer> names,
            RankedBallots.Builder ballots) {
        return new RankColumns(source.path().getFileName().toString(), source, names,
                config.undeclaredWriteInIndex(), config.maxRankings(), ballots, config.keptByBatch());
    }

    /**
     * A rank-column CSV file of {@code minBytes} or more read on two threads, if that is safe ({@link
     * RankCsvHalves}).
     */
    static boolean readByHalves(RctabConfig config, CvrSource source, Map<String, Integer> names,
            RankedBallots.Builder ballots, long minBytes) {
        return RankCsvHalves.read(source.path(), minBytes, ballots, () -> builder(config),
                b -> rankColumns(config, source, names, b), source.firstVoteRow() - 1);
    }

    static RankedBallots.Builder builder(RctabConfig config) {
        return RankedBallots.builder(config.contest(), config.undeclaredWriteInIndex(),
                config.byPrecinct() || config.keptByBatch());
    }

    static Map<String, Integer> names(RctabConfig config) {
        Map<String, Integer> names = new HashMap<>();
        List<RctabCandidate> candidates = config.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            names.put(candidates.get(i).name(), i);
            for (String alias : candidates.get(i).aliases()) {
                names.put(alias, i);
            }
        }
        return names;
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new InputException(path.getFileName().toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void readXlsx(Path path, RankColumns columns) {
        StringCells cells = new StringCells();
        try (XlsxSheet sheet = XlsxSheet.open(path)) {
            sheet.rows(row -> {
                if (columns.isBallotRow(row.index())) {
                    columns.row(row.index(), cells.set(row.columns(), row.texts(), row.size()));
                }
            });
        }
    }

    static void readRankCsv(Path path, RankColumns columns) {
        String file = path.getFileName().toString();
        RankCells handler = new RankCells();
        columns.matchAsParsed(handler);
        try (CsvReader<RankCells> csv = CsvReader.builder().build(handler, path)) {
            long row = 0;
            for (RankCells cells : csv) {
                if (row >= CvrLimits.MAX_ROWS) {
                    throw new InputException(file, "line " + cells.line(), "more than " + CvrLimits.MAX_ROWS
                            + " rows (CvrLimits.MAX_ROWS)");
                }
                if (columns.isBallotRow(row)) {
                    try {
                        columns.row(row, cells);
                    } catch (InputException e) {
                        throw new InputException(file, "line " + cells.line(), e.problem(), e);
                    }
                }
                row++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new InputException(file, "", "is not valid CSV: " + XlsxSheet.capped(e.getMessage()), e);
        }
    }
}
