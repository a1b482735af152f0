package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.bellwether.formats.InputException;

/**
 * Checks a Hart ballot sheet against its signature file ({@code SHEET.xml.sig.xml}), as RCTab does when its
 * security configuration asks: the file was signed with the trusted key (the signature's own {@code RSAKeyValue}
 * must be that key), the sheet's name is the one signed (the {@code Reference}'s URI, folders aside), the sheet's
 * bytes have the signed digest, and the RSA signature of the canonical {@code SignedInfo} verifies. The JDK's own
 * {@link MessageDigest} and {@link Signature} do the cryptography; the XML is read as every other reader reads it
 * ({@code HartSignatureFile}). Each refusal names the file and what did not match.
 */
public final class HartSignature {

    private static final String C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";

    private HartSignature() {
    }

    /**
     * The trusted key, from an {@code RSAKeyValue} XML file (its {@code Modulus} and {@code Exponent} in base64, as
     * Hart and RCTab write a public key).
     */
    public static RSAPublicKey trustedKey(Path file) {
        String name = file.getFileName().toString();
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HartSignatureFile.MAX_BYTES + 1);
            if (head.length > HartSignatureFile.MAX_BYTES) {
                throw new InputException(name, "", "is more than " + HartSignatureFile.MAX_BYTES
                        + " bytes: not an RSA public key");
            }
            text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        return key(name, "RSAKeyValue", element(text, "Modulus", name), element(text, "Exponent", name));
    }

    /** The text of the one element of that name in a small key file (no markup inside it). */
    private static String element(String text, String tag, String file) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + tag + ">([A-Za-z0-9+/=\\s]*)</" + tag
                + ">").matcher(text);
        if (!m.find() || text.indexOf("<" + tag + ">", m.end()) >= 0) {
            throw new InputException(file, "RSAKeyValue." + tag, "is missing, repeated or not base64: not an RSA"
                    + " public key");
        }
        return m.group(1).replaceAll("\\s", "");
    }

    /**
     * Verifies one sheet against its signature file; returns normally only when every check passes.
     *
     * @throws InputException naming the sheet or the signature file and the check that failed
     */
    public static void verify(Path sheet, Path signatureFile, RSAPublicKey trusted) {
        HartSignatureFile signature = HartSignatureFile.read(signatureFile);
        String sig = signature.file;
        RSAPublicKey signer = key(sig, "KeyInfo.KeyValue.RSAKeyValue",
                signature.value("KeyInfo/KeyValue/RSAKeyValue/Modulus"),
                signature.value("KeyInfo/KeyValue/RSAKeyValue/Exponent"));
        if (!signer.getModulus().equals(trusted.getModulus())
                || !signer.getPublicExponent().equals(trusted.getPublicExponent())) {
            throw new InputException(sig, "KeyInfo", "was signed with a key other than the trusted one (modulus "
                    + shortHex(signer.getModulus()) + "..., trusted " + shortHex(trusted.getModulus()) + "...)");
        }
        String name = sheet.getFileName().toString();
        String uri = signature.value("SignedInfo/Reference@URI");
        String signed = uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
        if (!signed.equals(name)) {
            throw new InputException(sig, "SignedInfo.Reference", "signs the file " + InputException.echo(signed)
                    + ", not " + InputException.echo(name));
        }
        String canonicalization = signature.value("SignedInfo/CanonicalizationMethod@Algorithm");
        if (!canonicalization.equals(C14N)) {
            throw new InputException(sig, "SignedInfo.CanonicalizationMethod", "is " + InputException.echo(
                    canonicalization) + "; a Hart signature uses Canonical XML 1.0 (" + C14N + ")");
        }
        digest(sheet, signature);
        signatureValue(signature, signer);
    }

    private static void digest(Path sheet, HartSignatureFile signature) {
        String algorithm = switch (signature.value("SignedInfo/Reference/DigestMethod@Algorithm")) {
            case "http://www.w3.org/2001/04/xmlenc#sha256" -> "SHA-256";
            case "http://www.w3.org/2001/04/xmlenc#sha512" -> "SHA-512";
            default -> throw new InputException(signature.file, "SignedInfo.Reference.DigestMethod", "algorithm "
                    + InputException.echo(signature.value("SignedInfo/Reference/DigestMethod@Algorithm"))
                    + " is not one this check accepts (SHA-256, SHA-512)");
        };
        String name = sheet.getFileName().toString();
        String actual;
        try (InputStream in = Files.newInputStream(sheet)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            actual = Base64.getEncoder().encodeToString(digest.digest());
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
        String expected = signature.value("SignedInfo/Reference/DigestValue");
        if (!actual.equals(expected)) {
            throw new InputException(name, "", "is not the file that was signed: its " + algorithm + " digest is "
                    + actual + ", the signature " + signature.file + " signed " + InputException.echo(expected));
        }
    }

    private static void signatureValue(HartSignatureFile signature, RSAPublicKey signer) {
        String method = signature.value("SignedInfo/SignatureMethod@Algorithm");
        String algorithm = switch (method) {
            case "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" -> "SHA256withRSA";
            case "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512" -> "SHA512withRSA";
            default -> throw new InputException(signature.file, "SignedInfo.SignatureMethod", "algorithm "
                    + InputException.echo(method) + " is not one this check accepts (RSA with SHA-256 or SHA-512)");
        };
        byte[] value = base64(signature.value("SignatureValue"), signature.file, "SignatureValue");
        boolean valid;
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(signer);
            verifier.update(signature.signedInfo());
            valid = verifier.verify(value);
        } catch (java.security.SignatureException e) {
            valid = false; // a value of the wrong length for the key
        } catch (GeneralSecurityException e) {
            throw new InputException(signature.file, "KeyInfo", "the key cannot verify: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new InputException(signature.file, "SignatureValue", "does not verify with the trusted key: the"
                    + " signature or its SignedInfo was altered");
        }
    }

    private static RSAPublicKey key(String file, String at, String modulus, String exponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, base64(modulus, file, at + ".Modulus")),
                    new BigInteger(1, base64(exponent, file, at + ".Exponent"))));
        } catch (GeneralSecurityException e) {
            throw new InputException(file, at, "is not an RSA public key: " + e.getMessage(), e);
        }
    }

    private static byte[] base64(String text, String file, String at) {
        try {
            return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new InputException(file, at, "is not base64");
        }
    }

    private static String shortHex(BigInteger n) {
        String hex = n.toString(16);
        return hex.substring(0, Math.min(16, hex.length()));
    }
}
