package org.bellwether.server;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The project's OpenAPI 3.1 document as JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses): a response is checked
 * against one of its component schemas, with format assertions on.
 */
final class OpenApi {

    static final String DOCUMENT = document();

    private OpenApi() {
    }

    /** Every violation of {@code #/components/schemas/NAME}, as {@code path: message}; empty when valid. */
    static List<String> problems(String schemaName, String json) {
        String schema = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"#/components/schemas/"
                + schemaName + "\"," + DOCUMENT.strip().substring(1);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema s = registry.getSchema(schema, InputFormat.JSON);
        return s.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static String document() {
        try (InputStream in = ResultsServer.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
