package org.bellwether.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Choice;
import org.bellwether.core.ranked.BallotIdentities;
import org.bellwether.core.ranked.RankedBallots;

/**
 * Cast-vote records in the form schema 5 stores them: the distinct rankings with their ballot counts, the names
 * of batches, tabulators, precincts and precinct portions, and the ballots in deflated blocks
 * ({@link BallotBlocks#RCTAB}); with the SHA-256 of all of it, which
 * decides whether an import changes anything.
 */
final class PackedBallots {

    static final String PRECINCT = "precinct";
    static final String BATCH = "batch";
    static final String TABULATOR = "tabulator";
    static final String PORTION = "portion";

    final List<String> rankings = new ArrayList<>();
    final List<Long> rankingBallots = new ArrayList<>();
    final List<byte[]> blocks = new ArrayList<>();
    final List<Integer> blockBallots = new ArrayList<>();
    final String digest;

    private PackedBallots(CastVoteRecordImport cvrs) {
        RankedBallots ballots = cvrs.ballots();
        BallotIdentities who = ballots.identities().orElseThrow();
        int[] rankingOf = rankings(ballots);
        MessageDigest sha = sha256();
        text(sha, cvrs.ruleConfig());
        for (Choice choice : ballots.contest().choices()) {
            text(sha, (choice.writeIn() ? "w:" : "c:") + choice.name());
        }
        text(sha, "by precinct " + ballots.bySlice() + ", undeclared " + ballots.undeclaredWriteIn().orElse(-1));
        for (int i = 0; i < rankings.size(); i++) {
            text(sha, rankings.get(i) + "=" + rankingBallots.get(i));
        }
        for (List<String> names : List.of(who.precinctNames(), who.batchNames(), who.tabulatorNames(),
                who.portionNames())) {
            names.forEach(name -> text(sha, name));
            text(sha, "");
        }
        BallotBlocks.Packer packer = new BallotBlocks.Packer(BallotBlocks.RCTAB);
        for (int b = 0; b < who.size(); b++) {
            packer.add(new BallotBlocks.Ballot(rankingOf[who.group(b)], who.precinct(b), who.batch(b),
                    who.tabulator(b), who.id(b), who.source(b), who.portion(b), who.rctabId(b), who.vendorId(b)));
            if (packer.ballots() == BallotBlocks.SIZE || b == who.size() - 1) {
                byte[] raw = packer.raw();
                sha.update(raw);
                blocks.add(BallotBlocks.deflate(raw));
                blockBallots.add(packer.ballots());
                packer = new BallotBlocks.Packer(BallotBlocks.RCTAB);
            }
        }
        this.digest = HexFormat.of().formatHex(sha.digest());
    }

    static PackedBallots of(CastVoteRecordImport cvrs) {
        return new PackedBallots(cvrs);
    }

    /** Each group's ranking: groups that differ only in their precinct share one. */
    private int[] rankings(RankedBallots ballots) {
        Map<String, Integer> ids = new HashMap<>();
        int[] rankingOf = new int[ballots.groups()];
        for (int g = 0; g < ballots.groups(); g++) {
            String marks = marksText(ballots.marks(g));
            Integer id = ids.get(marks);
            if (id == null) {
                id = rankings.size();
                ids.put(marks, id);
                rankings.add(marks);
                rankingBallots.add(0L);
            }
            rankingOf[g] = id;
            rankingBallots.set(id, rankingBallots.get(id) + ballots.count(g));
        }
        return rankingOf;
    }

    /** "1:4 2:0 2:7": rank and candidate of each mark, in rank order. */
    static String marksText(int[] marks) {
        StringBuilder s = new StringBuilder(marks.length * 5);
        for (int m : marks) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(m >>> 16).append(':').append(m & 0xFFFF);
        }
        return s.toString();
    }

    /** The marks of a stored ranking; null when the text is not one. */
    static int[] parseMarks(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(" ");
        int[] marks = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon < 1) {
                return null;
            }
            try {
                marks[i] = RankedBallots.mark(Integer.parseInt(parts[i].substring(0, colon)),
                        Integer.parseInt(parts[i].substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return marks;
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
