package org.bellwether.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The JSON Schemas of the project's outputs ({@code docs/schemas}), with format assertions on. */
final class OutputSchemas {

    static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../docs/schemas").normalize();

    private OutputSchemas() {
    }

    /** Every violation of the named schema, as {@code path: message}; empty when the document is valid. */
    static List<String> problems(String schemaFile, String json) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        try (InputStream in = Files.newInputStream(DIR.resolve(schemaFile))) {
            Schema schema = registry.getSchema(in, InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
