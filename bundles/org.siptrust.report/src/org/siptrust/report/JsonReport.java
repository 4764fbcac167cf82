package org.siptrust.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.analysis.TlsFacts;
import org.siptrust.core.Finding;
import org.siptrust.core.Times;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the JSON report of CLI.md. Field names are a stable contract: add, never rename. Times are
 * ISO-8601 UTC with microseconds; digests lower-case hex.
 */
public final class JsonReport {
    public static final String TOOL_NAME = "siptrust";
    public static final String TOOL_VERSION = "0.1.0";

    private JsonReport() {
    }

    public static void write(Analysis a, OutputStream out) throws IOException {
        JsonFactory f = new JsonFactory();
        try (JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", TOOL_NAME);
            g.writeStringField("version", TOOL_VERSION);
            g.writeEndObject();
            capture(a, g);
            g.writeArrayFieldStart("connections");
            for (Connection c : a.connections()) {
                connection(c, g);
            }
            g.writeEndArray();
            ReportSections.writeAll(a, g);
            g.writeArrayFieldStart("findings");
            for (Finding fi : a.findings()) {
                finding(fi, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void capture(Analysis a, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("capture");
        g.writeStringField("file", a.file().toString());
        g.writeStringField("format", a.summary().format());
        g.writeNumberField("frames", a.summary().frames());
        if (a.summary().frames() > 0) {
            g.writeStringField("first", Times.iso(a.summary().firstNanos()));
            g.writeStringField("last", Times.iso(a.summary().lastNanos()));
        } else {
            g.writeNullField("first");
            g.writeNullField("last");
        }
        g.writeStringField("evaluatedAt", Times.iso(a.evaluationTimeNanos()));
        g.writeEndObject();
    }

    private static void connection(Connection c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("transport", c.transport());
        g.writeStringField("client", c.client().toString());
        g.writeStringField("server", c.server().toString());
        g.writeNumberField("firstFrame", c.firstFrame());
        g.writeNumberField("lastFrame", c.lastFrame());
        g.writeNumberField("frameCount", c.frames().size());
        TlsFacts t = c.tls();
        if (t != null) {
            g.writeObjectFieldStart("tls");
            g.writeStringField("version", t.version());
            g.writeStringField("cipherSuite", t.cipherSuite());
            g.writeStringField("cipherSuiteName", t.cipherSuiteName());
            g.writeStringField("sni", t.sni());
            strings(g, "alpn", t.alpn());
            g.writeBooleanField("decrypted", t.decrypted());
            g.writeStringField("undecryptedReason", t.undecryptedReason());
            strings(g, "serverCertificates", t.serverCertificates());
            strings(g, "clientCertificates", t.clientCertificates());
            strings(g, "alerts", t.alerts());
            g.writeBooleanField("certificateRequested", t.certificateRequested());
            g.writeBooleanField("handshakeCompleted", t.handshakeCompleted());
            g.writeBooleanField("resumed", t.resumed());
            g.writeNumberField("clientHelloFrame", t.clientHelloFrame());
            g.writeNumberField("serverHelloFrame", t.serverHelloFrame());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void finding(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("severity", f.severity().word());
        g.writeStringField("rule", f.rule() == null ? null : f.rule().toString());
        g.writeStringField("message", f.message());
        g.writeStringField("connection", f.connection());
        g.writeArrayFieldStart("frames");
        for (long fr : f.frames()) {
            g.writeNumber(fr);
        }
        g.writeEndArray();
        g.writeStringField("certificate", f.certificate());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
