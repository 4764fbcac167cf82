package org.siptrust.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.DaneView;
import org.siptrust.analysis.DnsRecordView;
import org.siptrust.core.Times;
import org.siptrust.sip.SipMessage;
import org.siptrust.trust.Hop;
import org.siptrust.trust.HopCheck;
import org.siptrust.trust.Profile;
import org.siptrust.trust.ReferenceIdentity;
import org.siptrust.trust.Verdict;
import org.siptrust.x509.CertificateInfo;
import org.siptrust.x509.SipIdentity;

import com.fasterxml.jackson.core.JsonGenerator;

/** The sections of the JSON report after connections: messages, certificates, hops, DNS, DANE. */
final class ReportSections {
    private ReportSections() {
    }

    static void writeAll(Analysis a, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("messages");
        for (SipMessage m : a.messages()) {
            message(m, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("certificates");
        for (CertificateRecord c : a.certificates()) {
            certificate(c, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("hops");
        for (Hop h : a.hops()) {
            hop(h, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dns");
        for (DnsRecordView d : a.dnsRecords()) {
            g.writeStartObject();
            g.writeStringField("name", d.name());
            g.writeStringField("type", d.type());
            JsonReport.strings(g, "answers", d.answers());
            g.writeStringField("dnssec", d.dnssec());
            g.writeStringField("dnssecReason", d.dnssecReason());
            g.writeStringField("source", d.source());
            numbers(g, "frames", d.frames());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dane");
        for (DaneView d : a.dane()) {
            g.writeStartObject();
            g.writeStringField("connection", d.connection());
            g.writeStringField("tlsaName", d.tlsaName());
            JsonReport.strings(g, "records", d.records());
            g.writeStringField("result", d.result());
            g.writeStringField("explanation", d.explanation());
            g.writeStringField("rule", d.rule());
            numbers(g, "frames", d.frames());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void message(SipMessage m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("frame", m.frame());
        g.writeStringField("time", Times.iso(m.timeNanos()));
        g.writeStringField("connection", m.context().connectionId());
        g.writeStringField("transport", m.context().transport());
        g.writeStringField("src", m.context().source().toString());
        g.writeStringField("dst", m.context().destination().toString());
        g.writeStringField("method", m.isRequest() ? m.method() : null);
        if (m.isRequest()) {
            g.writeNullField("status");
        } else {
            g.writeNumberField("status", m.statusCode());
        }
        g.writeStringField("requestUri", m.isRequest() ? m.requestUri() : null);
        g.writeStringField("callId", m.callId());
        g.writeStringField("cseq", m.cseq());
        g.writeStringField("from", m.from());
        g.writeStringField("to", m.to());
        JsonReport.strings(g, "via", m.via());
        JsonReport.strings(g, "route", m.route());
        JsonReport.strings(g, "recordRoute", m.headerValues("Record-Route"));
        JsonReport.strings(g, "contact", m.headerValues("Contact"));
        g.writeBooleanField("decrypted", m.context().decrypted());
        if (m.malformed()) {
            g.writeStringField("malformed", m.malformedReason());
        }
        g.writeEndObject();
    }

    private static void certificate(CertificateRecord r, JsonGenerator g) throws IOException {
        CertificateInfo c = r.info();
        g.writeStartObject();
        g.writeStringField("sha256", c.sha256());
        g.writeStringField("subject", c.subject());
        g.writeStringField("issuer", c.issuer());
        g.writeStringField("serial", c.serialHex());
        g.writeStringField("notBefore", Times.iso(c.notBefore()));
        g.writeStringField("notAfter", Times.iso(c.notAfter()));
        JsonReport.strings(g, "san", c.sanStrings());
        g.writeArrayFieldStart("sipIdentities");
        for (SipIdentity id : r.sipIdentities().identities()) {
            g.writeString(id.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sipIdentityReasons");
        for (SipIdentity id : r.sipIdentities().identities()) {
            g.writeString(id.name() + ": " + id.reason());
        }
        r.sipIdentities().rejected().forEach(x -> {
            try {
                g.writeString("not " + x.presented() + ": " + x.reason());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        g.writeEndArray();
        g.writeBooleanField("selfSigned", c.isSelfSigned());
        g.writeStringField("publicKey", c.publicKeyAlgorithm() + " " + c.publicKeySize()
                + (c.publicKeyCurve() == null ? "" : " " + c.publicKeyCurve()));
        g.writeStringField("signatureAlgorithm", c.signatureAlgorithm());
        g.writeStringField("spkiSha256", c.spkiSha256());
        g.writeObjectFieldStart("validation");
        g.writeStringField("status", r.validation().status());
        g.writeStringField("at", Times.iso(r.validation().at()));
        JsonReport.strings(g, "chain", r.validation().chain());
        JsonReport.strings(g, "problems", r.validation().problems().stream().map(p -> p.code() + ": " + p.message()).toList());
        g.writeEndObject();
        JsonReport.strings(g, "presented", r.presentations());
        JsonReport.strings(g, "connections", r.connections());
        g.writeEndObject();
    }

    private static void hop(Hop h, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("connection", h.connection());
        g.writeStringField("client", h.client().toString());
        g.writeStringField("server", h.server().toString());
        ReferenceIdentity ref = h.reference();
        g.writeStringField("referenceIdentity", ref == null ? null : ref.name());
        g.writeStringField("referenceSource", ref == null ? null : ref.source());
        JsonReport.strings(g, "presentedIdentities", h.presentedIdentities());
        g.writeStringField("serverCertificate", h.serverCertificate());
        g.writeStringField("clientCertificate", h.clientCertificate());
        verdicts(g, h.verdicts(), true);
        g.writeArrayFieldStart("checks");
        for (HopCheck c : h.checks()) {
            g.writeStartObject();
            g.writeNumberField("frame", c.frame());
            g.writeStringField("request", c.summary());
            g.writeBooleanField("reverse", c.reverse());
            g.writeStringField("referenceIdentity", c.reference() == null ? null : c.reference().name());
            g.writeStringField("referenceSource", c.reference() == null ? null : c.reference().source());
            verdicts(g, c.verdicts(), false);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void verdicts(JsonGenerator g, Map<Profile, Verdict> verdicts, boolean full) throws IOException {
        g.writeObjectFieldStart("verdicts");
        for (Profile p : Profile.values()) {
            Verdict v = verdicts.get(p);
            if (v == null) {
                continue;
            }
            g.writeObjectFieldStart(p.id());
            g.writeStringField("result", v.result());
            JsonReport.strings(g, "rules", v.rules());
            if (full) {
                g.writeStringField("explanation", v.explanation());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String name, List<Long> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (long v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }
}
