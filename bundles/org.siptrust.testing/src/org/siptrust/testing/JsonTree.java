package org.siptrust.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON document (the tshark reference files) into plain values: objects become
 * {@code Map<String, Object>} in document order, arrays {@code List<Object>}, integers {@code Long},
 * other numbers {@code Double}, and strings, booleans and null themselves. The whole text must be
 * one value: anything after it is an error, so a truncated or concatenated reference fails loudly.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    public static Object read(Path file) throws IOException {
        try (JsonParser p = FACTORY.createParser(Files.readAllBytes(file))) {
            return document(p);
        }
    }

    public static Object parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text.getBytes(StandardCharsets.UTF_8))) {
            return document(p);
        }
    }

    /** A reference file whose top level is an array of objects (one per message, handshake, ...). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Path file) throws IOException {
        return (List<Map<String, Object>>) read(file);
    }

    /** {@code node} as an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    /** {@code node} as an array; a missing member (null) is an empty one. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    private static Object document(JsonParser p) throws IOException {
        if (p.nextToken() == null) {
            throw new JsonParseException(p, "no JSON value");
        }
        Object v = value(p);
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "text after the JSON value");
        }
        return v;
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }
}
