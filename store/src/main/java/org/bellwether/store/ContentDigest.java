package org.bellwether.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteType;

/**
 * A SHA-256 of everything an election holds except its sources, in order. Together with the sources' own
 * hashes it decides that an import brings nothing new: the same bytes read the same way (the same side files,
 * the same reader version) give the same digest.
 */
final class ContentDigest {

    private ContentDigest() {
    }

    static String of(Election e) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha), 1 << 16))) {
            write(out, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void write(DataOutputStream out, Election e) throws IOException {
        text(out, e.name());
        text(out, e.date().map(Object::toString).orElse(""));
        text(out, e.type().name());
        texts(out, e.state().orElse("\0"), e.certification().name());
        out.writeInt(e.contests().size());
        for (Contest c : e.contests()) {
            contest(out, c);
        }
        out.writeInt(e.units().size());
        for (ReportingUnit u : e.units()) {
            texts(out, u.id(), u.name(), u.level().name(), u.parentId().orElse("\0"));
        }
        out.writeInt(e.voteTypes().size());
        for (VoteType v : e.voteTypes()) {
            texts(out, v.label(), v.category().name());
        }
        tallies(out, e);
        notes(out, e);
    }

    private static void contest(DataOutputStream out, Contest c) throws IOException {
        text(out, c.name());
        out.writeInt(c.voteFor());
        out.writeInt(c.choices().size());
        for (Choice ch : c.choices()) {
            texts(out, ch.name(), ch.party().orElse("\0"), Boolean.toString(ch.writeIn()));
        }
        texts(out, c.declared().map(d -> d.spec() + "\0" + d.basis()).orElse("\0"));
        var r = c.reporting();
        texts(out, r.completeness().name(), Long.toString(r.unitsReporting()), Long.toString(r.unitsExpected()),
                r.unitNoun(), r.basis());
    }

    private static void tallies(DataOutputStream out, Election e) throws IOException {
        out.writeInt(e.tallies().size());
        for (int i = 0; i < e.tallies().size(); i++) {
            var t = e.tallies().get(i);
            out.writeLong(((long) t.contest() << 32) | t.choice());
            out.writeLong(((long) t.unit() << 32) | t.voteType());
            out.writeLong(t.votes());
        }
        out.writeInt(e.statistics().size());
        for (UnitStatistic s : e.statistics()) {
            out.writeLong(((long) s.unit() << 32) | (s.contest() & 0xFFFF_FFFFL));
            out.writeLong(((long) s.kind().ordinal() << 32) | s.voteType());
            out.writeLong(s.count());
        }
    }

    private static void notes(DataOutputStream out, Election e) throws IOException {
        out.writeInt(e.notes().size());
        for (String note : e.notes()) {
            text(out, note);
        }
    }

    private static void texts(DataOutputStream out, String... values) throws IOException {
        for (String v : values) {
            text(out, v);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
