package org.bellwether.formats.nist;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * NIST's own schemas, as shipped in the shared data, checking what the writers produce: the XSD with the JDK's
 * validator under secure processing and no external access; the JSON Schema (draft-04) with format assertions on.
 */
final class Schemas {

    private static final javax.xml.validation.Schema XSD = xsd();
    private static final Schema JSON_SCHEMA = jsonSchema();

    private Schemas() {
    }

    /** Every XSD violation, as {@code line N: message}; empty when the document is valid. */
    static List<String> xmlProblems(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = XSD.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(problems));
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Every JSON Schema violation, as {@code path: message}; empty when the document is valid. */
    static List<String> jsonProblems(String json) {
        return JSON_SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static javax.xml.validation.Schema xsd() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(NistFiles.XSD.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("the NIST XSD does not load: " + e.getMessage(), e);
        }
    }

    private static Schema jsonSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        try (InputStream in = Files.newInputStream(NistFiles.SCHEMA)) {
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Collector(List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
            problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
    }
}
