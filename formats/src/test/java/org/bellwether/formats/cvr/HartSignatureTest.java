package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hart signatures on RCTab's own signed test sheet (its one-time test key, its wrongly signed copy and wrong key),
 * and on copies tampered with here: the sheet, its name, the signed digest, the layout of the signature file.
 */
class HartSignatureTest {

    private static final Path DATA = data();

    @TempDir
    Path dir;

    private static Path data() {
        try {
            return RctabGoldenTest.root().resolve("signature_validation");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey key() {
        return HartSignature.trustedKey(DATA.resolve("public_key.txt"));
    }

    private static String signature() throws IOException {
        return Files.readString(DATA.resolve("test.xml.sig.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void rctabsSignedSheetVerifies() {
        HartSignature.verify(DATA.resolve("test.xml"), DATA.resolve("test.xml.sig.xml"), key());
    }

    @Test
    void aWrongSignatureValueIsRefused() {
        assertThatThrownBy(() -> HartSignature.verify(DATA.resolve("test.xml"),
                DATA.resolve("incorrect_signature.xml.sig.xml"), key())).isInstanceOf(InputException.class)
                .hasMessage("incorrect_signature.xml.sig.xml: SignatureValue: does not verify with the trusted key:"
                        + " the signature or its SignedInfo was altered");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        RSAPublicKey other = HartSignature.trustedKey(DATA.resolve("incorrect_public_key.txt"));
        assertThatThrownBy(() -> HartSignature.verify(DATA.resolve("test.xml"), DATA.resolve("test.xml.sig.xml"),
                other)).hasMessageStartingWith("test.xml.sig.xml: KeyInfo: was signed with a key other than the"
                        + " trusted one (modulus ce32d604d86de93b...");
    }

    @Test
    void anAlteredSheetIsRefusedAndACopyElsewhereUnderItsNameVerifies() throws IOException {
        Path copy = Files.copy(DATA.resolve("test.xml"), dir.resolve("test.xml"));
        HartSignature.verify(copy, DATA.resolve("test.xml.sig.xml"), key());
        Files.writeString(copy, Files.readString(copy).replace("<Value>100000</Value>", "<Value>010000</Value>"));
        assertThatThrownBy(() -> HartSignature.verify(copy, DATA.resolve("test.xml.sig.xml"), key()))
                .hasMessageStartingWith("test.xml: is not the file that was signed: its SHA-256 digest is ")
                .hasMessageEndingWith(", the signature test.xml.sig.xml signed \"c+rJ/Uur+uTucw2kMBy2bZS8uR6Yxzp9wrbRXk"
                        + "/yTTs=\"");
        Path renamed = Files.copy(DATA.resolve("test.xml"), dir.resolve("test2.xml"));
        assertThatThrownBy(() -> HartSignature.verify(renamed, DATA.resolve("test.xml.sig.xml"), key()))
                .hasMessage("test.xml.sig.xml: SignedInfo.Reference: signs the file \"test.xml\", not \"test2.xml\"");
    }

    @Test
    void aSignedDigestChangedToMatchAnAlteredSheetBreaksTheSignature() throws Exception {
        Path sheet = dir.resolve("test.xml");
        Files.writeString(sheet, Files.readString(DATA.resolve("test.xml")).replace("<Value>100000</Value>",
                "<Value>010000</Value>"));
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(sheet)));
        Path signature = Files.writeString(dir.resolve("test.xml.sig.xml"), signature().replace(
                "c+rJ/Uur+uTucw2kMBy2bZS8uR6Yxzp9wrbRXk/yTTs=", digest));
        assertThatThrownBy(() -> HartSignature.verify(sheet, signature, key()))
                .hasMessage("test.xml.sig.xml: SignatureValue: does not verify with the trusted key: the signature or"
                        + " its SignedInfo was altered");
    }

    @Test
    void theSameSignatureWrittenOtherwiseIsTheSameCanonicalFormAndVerifies() throws IOException {
        // single quotes, short empty tags, white space and a comment outside SignedInfo, line breaks in tags
        String rewritten = signature().replace(" />", "/>").replace("Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"",
                "Algorithm='http://www.w3.org/2001/04/xmlenc#sha256'").replace("<SignatureValue>",
                "\n  <!-- signed -->\n  <SignatureValue>").replace("<Reference URI", "<Reference\n   URI");
        Files.copy(DATA.resolve("test.xml"), dir.resolve("test.xml"));
        Path signature = Files.writeString(dir.resolve("test.xml.sig.xml"), rewritten);
        HartSignature.verify(dir.resolve("test.xml"), signature, key());
        // white space inside SignedInfo is part of what was signed
        Files.writeString(signature, signature().replace("<SignatureMethod", "\n<SignatureMethod"));
        assertThatThrownBy(() -> HartSignature.verify(dir.resolve("test.xml"), signature, key()))
                .hasMessageContaining("SignatureValue: does not verify");
    }

    @Test
    void aDoctypeOrAPrefixedLayoutIsRefusedBeforeAnythingIsChecked() throws IOException {
        Path signature = dir.resolve("test.xml.sig.xml");
        Files.writeString(signature, "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + signature().substring(1));
        assertThatThrownBy(() -> HartSignature.verify(DATA.resolve("test.xml"), signature, key()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("test.xml.sig.xml: line 1: declares a"
                        + " DOCTYPE");
        Files.writeString(signature, signature().replace("<Signature xmlns=", "<ds:Signature xmlns:ds=")
                .replace("</Signature>", "</ds:Signature>"));
        assertThatThrownBy(() -> HartSignature.verify(DATA.resolve("test.xml"), signature, key()))
                .hasMessageContaining("is not of the layout a Hart signature has");
    }

    @Test
    void aCountThatRequiresSignaturesChecksEverySheetFirst() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cvrs"));
        Files.copy(DATA.resolve("test.xml"), folder.resolve("test.xml"));
        Files.copy(DATA.resolve("test.xml.sig.xml"), folder.resolve("test.xml.sig.xml"));
        // RCTab's test sheet's contest and candidates (their codes are the options' ids), for a folder "cvrs"
        Files.copy(DATA.resolveSibling("../hart_signed_config.json").normalize(), dir.resolve("c_config.json"));
        RctabConfig config = RctabConfigReader.read(dir.resolve("c_config.json"));
        RankedBallots ballots = CastVoteRecords.read(config, false, key());
        assertThat(ballots.ballots()).isEqualTo(1);
        assertThat(ballots.marks(0)).startsWith(RankedBallots.mark(1, 0), RankedBallots.mark(2, 1));
        Files.copy(DATA.resolve("test.xml"), folder.resolve("unsigned.xml"));
        assertThatThrownBy(() -> CastVoteRecords.read(config, false, key())).hasMessage("unsigned.xml: has no"
                + " signature file unsigned.xml.sig.xml, and the count requires each sheet's signature");
        assertThat(CastVoteRecords.read(config, false, null).ballots()).isEqualTo(2); // not asked: not checked
    }
}
