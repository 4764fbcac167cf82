package org.siptrust.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.siptrust.testing.TestCorpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Runs the command line in-process and keeps what it printed. */
record Run(int exit, String out, String err) {
    static final Path DATA = TestCorpus.root();

    static Run of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The values of every field called {@code name} anywhere in the JSON output, as text. */
    List<String> jsonValues(String name) throws IOException {
        List<String> values = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(out)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(name)) {
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue()) {
                        values.add(p.getValueAsString());
                    }
                }
            }
        }
        return values;
    }
}
