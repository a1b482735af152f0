package org.bellwether.cli;

import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import org.bellwether.formats.cvr.HartSignature;
import picocli.CommandLine.Option;

/**
 * {@code --hart-key FILE}: the RSA public key (an {@code RSAKeyValue} XML file) every Hart ballot sheet must be
 * signed with; each sheet's {@code .sig.xml} is then verified before any is counted, as RCTab does when its
 * security configuration asks. Without it, signature files are passed over.
 */
final class HartKeyOption {

    @Option(names = "--hart-key", paramLabel = "FILE", description = "require every Hart ballot sheet to be signed"
            + " with this RSA public key (an RSAKeyValue XML file) and verify each sheet's .sig.xml before counting")
    Path file;

    /** The trusted key, or null when none was given. */
    RSAPublicKey trusted() {
        return file == null ? null : HartSignature.trustedKey(file);
    }
}
