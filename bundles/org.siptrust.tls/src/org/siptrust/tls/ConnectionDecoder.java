package org.siptrust.tls;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.siptrust.core.CancelledException;
import org.siptrust.core.Endpoint;
import org.siptrust.core.Finding;
import org.siptrust.core.FramedBytes;
import org.siptrust.core.Hex;
import org.siptrust.core.ProgressMonitor;
import org.siptrust.core.RuleRef;
import org.siptrust.core.Severity;
import org.siptrust.tls.internal.CipherSuite;
import org.siptrust.tls.internal.CipherSuite.KeyExchange;
import org.siptrust.tls.internal.Handshake;
import org.siptrust.tls.internal.Handshake.ClientHello;
import org.siptrust.tls.internal.Handshake.ServerHello;
import org.siptrust.tls.internal.KeyLog;
import org.siptrust.tls.internal.Prf;
import org.siptrust.tls.internal.RecordCipher;
import org.siptrust.tls.internal.RecordScanner;
import org.siptrust.tls.internal.Tls13Keys;
import org.siptrust.tls.internal.TlsDecodeException;
import org.siptrust.tls.internal.TlsRecord;

/**
 * Decodes one TCP connection as TLS: scans both directions into records, replays them in
 * capture order (the frame in which each record ended), parses the handshake, derives keys from
 * the key material, decrypts, and collects facts and findings. One instance per connection; not
 * thread-safe. The record layer never gives up: a record that fails authentication, a corrupt
 * header or missing TCP data is reported and decoding resumes at the next record it can find.
 */
final class ConnectionDecoder {
    static final String RECORD_ERROR = "tls-record-error";
    static final String HANDSHAKE_FAILED = "tls-handshake-failed";
    static final String UNDECRYPTED = "undecrypted-connection";
    static final String FATAL_ALERT = "tls-fatal-alert";

    private static final int MAX_RECORD_FINDINGS = 20;
    private static final int MAX_HANDSHAKE_MESSAGE = 1 << 20;
    private static final int MAX_TRANSCRIPT = 1 << 20;
    /** Sequence numbers tried for an ordinary record: the expected one first, then a few more. */
    private static final int NORMAL_WINDOW = 8;
    private static final int MAX_LOSS_WINDOW = 4096;

    private enum Phase13 {
        NONE, EARLY, HANDSHAKE, APPLICATION
    }

    private enum Switch {
        NONE, TO_APPLICATION, NEXT_GENERATION, TO_HANDSHAKE
    }

    // inputs
    final String connectionId;
    Endpoint client;
    Endpoint server;
    private final KeyMaterial keys;
    private final KeyLog keyLog;
    private final TlsSessionCache cache;
    private final ProgressMonitor monitor;
    private Direction c;
    private Direction s;

    // facts read by TlsSession
    boolean looksLikeTls;
    boolean rolesSwapped;
    int version = -1;
    int suiteCode = -1;
    String sni;
    List<String> alpn = List.of();
    String alpnSelected;
    byte[] factsClientRandom;
    boolean helloRetryRequest;
    boolean certificateRequested;
    final List<byte[]> serverCertificates = new ArrayList<>();
    final List<byte[]> clientCertificates = new ArrayList<>();
    long serverCertificateFrame = -1;
    long clientCertificateFrame = -1;
    long clientHelloFrame = -1;
    long serverHelloFrame = -1;
    final List<TlsAlert> alerts = new ArrayList<>();
    boolean resumed;
    boolean extendedMasterSecret;
    boolean encryptThenMac;
    boolean decrypted;
    String undecryptedReason;
    final List<Finding> findings = new ArrayList<>();
    String exportKeyLog;

    // negotiation state of the current handshake
    private ClientHello ch;
    private ServerHello sh;
    private CipherSuite suite;
    private boolean tls13;
    private byte[] clientRandom;
    private byte[] serverRandom;
    private byte[] encryptedPremaster;
    private byte[] sessionHash;
    private byte[] transcript = new byte[4096];
    private int transcriptLen;
    private boolean transcriptClosed;
    private boolean keys12Done;
    private byte[] master;
    private String masterSource;
    private String keyProblem;
    private boolean initialHandshakeDone;
    private boolean sawServerCertificateMessage;
    private boolean sawClientKeyExchange;
    private boolean midStream;
    private boolean earlyOffered;
    private final List<TlsRecord> deferredEarly = new ArrayList<>();
    private int recordFindings;
    private int suppressedRecordFindings;
    private TlsAlert failureAlert;
    private String lastMessage;
    private long lastMessageFrame = -1;
    private long firstRecordFrame = -1;
    private boolean notedSslv2;

    /** Per-direction state: record protection, sequence number, handshake reassembly, output. */
    private final class Direction {
        final boolean fromClient;
        final FramedBytes stream;
        final String name;
        final byte[] out = new byte[RecordCipher.MAX_CIPHERTEXT + 1024];
        final FramedBytes.Builder app = new FramedBytes.Builder();
        RecordScanner.Result scan;
        RecordCipher cipher;
        RecordCipher pending12;
        boolean encrypted;
        long seq;
        String missingReason;
        byte[] trafficSecret;
        byte[] applicationSecret;
        RecordCipher appTrial;
        RecordCipher early;
        long earlySeq;
        Phase13 phase = Phase13.NONE;
        Switch pendingSwitch = Switch.NONE;
        byte[] hs = new byte[2048];
        int hsLen;
        boolean lossPending;
        long lostBytes;
        int ok;
        int failed;
        int undecryptable;
        boolean keysWrong;
        boolean finished;
        boolean sentProtected;
        boolean sentAppData;
        final List<TlsRecord> failuresBeforeFirstOk = new ArrayList<>();

        Direction(boolean fromClient, FramedBytes stream) {
            this.fromClient = fromClient;
            this.stream = stream == null ? FramedBytes.EMPTY : stream;
            this.name = fromClient ? "client→server" : "server→client";
        }

        String sender() {
            return fromClient ? "client" : "server";
        }
    }

    ConnectionDecoder(String connectionId, Endpoint client, Endpoint server, FramedBytes toServer,
            FramedBytes toClient, KeyMaterial keys, TlsSessionCache cache, ProgressMonitor monitor) {
        this.connectionId = connectionId;
        this.client = client;
        this.server = server;
        this.keys = keys == null ? KeyMaterial.NONE : keys;
        this.keyLog = this.keys.keyLog();
        this.cache = cache == null ? new TlsSessionCache() : cache;
        this.monitor = monitor == null ? ProgressMonitor.NULL : monitor;
        this.c = new Direction(true, toServer);
        this.s = new Direction(false, toClient);
    }

    // ------------------------------------------------------------------ driver

    void run() {
        c.scan = RecordScanner.scan(c.stream, true);
        s.scan = RecordScanner.scan(s.stream, false);
        if (shouldSwapRoles()) {
            swapRoles();
        }
        if (monitor.isCanceled()) {
            throw new CancelledException();
        }
        looksLikeTls = looksLikeTls(c.scan) || looksLikeTls(s.scan);
        if (!looksLikeTls) {
            undecryptedReason = "no TLS records in the connection";
            return;
        }
        // a capture that began after the hellos: neither direction opens with a ClientHello/ServerHello
        midStream = !startsWithHello(c, Handshake.CLIENT_HELLO) && !startsWithHello(s, Handshake.SERVER_HELLO);
        reportDamage(c);
        reportDamage(s);
        List<TlsRecord> a = c.scan.records();
        List<TlsRecord> b = s.scan.records();
        int i = 0;
        int j = 0;
        long work = 0;
        int count = 0;
        while (i < a.size() || j < b.size()) {
            TlsRecord r;
            if (j >= b.size() || (i < a.size() && a.get(i).frame() <= b.get(j).frame())) {
                r = a.get(i++);
            } else {
                r = b.get(j++);
            }
            if (firstRecordFrame < 0) {
                firstRecordFrame = r.frame();
            }
            process(r);
            if (!deferredEarly.isEmpty() && sh != null) {
                List<TlsRecord> early = new ArrayList<>(deferredEarly);
                deferredEarly.clear();
                for (TlsRecord e : early) {
                    process(e);
                }
            }
            work += r.length() + 5;
            if (++count % 64 == 0) {
                monitor.worked(work);
                work = 0;
                if (monitor.isCanceled()) {
                    throw new CancelledException();
                }
            }
        }
        monitor.worked(work);
        if (!deferredEarly.isEmpty()) { // 0-RTT data and never a ServerHello: unreadable
            c.sentProtected = true;
            c.undecryptable += deferredEarly.size();
            c.app.gap(-1);
        }
        finish();
    }

    private static boolean looksLikeTls(RecordScanner.Result r) {
        return !r.records().isEmpty() && (r.startsWithRecord() || r.records().size() >= 2);
    }

    /** The side that sent the ClientHello is the TLS client, whoever opened the TCP connection. */
    private boolean shouldSwapRoles() {
        return startsWithHello(s, Handshake.CLIENT_HELLO) && !startsWithHello(c, Handshake.CLIENT_HELLO);
    }

    private boolean startsWithHello(Direction d, int type) {
        List<TlsRecord> rs = d.scan.records();
        if (rs.isEmpty()) {
            return false;
        }
        TlsRecord r = rs.get(0);
        if (r.sslv2()) {
            return type == Handshake.CLIENT_HELLO;
        }
        byte[] b = d.stream.array();
        int f = r.fragmentOffset();
        return r.headerOffset() == 0 && r.type() == TlsRecord.HANDSHAKE && r.length() >= 4 && (b[f] & 0xff) == type
                && (b[f + 1] & 0xff) == 0;
    }

    private void swapRoles() {
        rolesSwapped = true;
        Endpoint e = client;
        client = server;
        server = e;
        Direction nc = new Direction(true, s.stream);
        Direction ns = new Direction(false, c.stream);
        nc.scan = RecordScanner.scan(nc.stream, true);
        ns.scan = RecordScanner.scan(ns.stream, false);
        c = nc;
        s = ns;
    }

    private Direction dir(boolean fromClient) {
        return fromClient ? c : s;
    }

    // ------------------------------------------------------------------ records

    private void process(TlsRecord r) {
        Direction d = dir(r.fromClient());
        byte[] data = d.stream.array();
        if (r.lostBefore()) {
            d.lossPending = true;
            d.lostBytes = r.lostBytes();
            if (d.hsLen > 0) {
                d.hsLen = 0;
            }
            d.app.gap(-1);
            if (d.cipher != null && d.cipher.needsContinuity()) {
                d.cipher = null;
                d.missingReason = "the RC4 key stream cannot continue after lost data";
            }
        }
        if (r.sslv2()) {
            handleSslv2(d, r, data);
            return;
        }
        if (r.fromClient() && r.type() == TlsRecord.APPLICATION_DATA && sh == null && earlyOffered) {
            deferredEarly.add(r); // 0-RTT data: its cipher is only known once the ServerHello arrives
            return;
        }
        if (!isProtected(d, r)) {
            handlePlain(d, r, data);
        } else {
            handleProtected(d, r, data);
        }
        applySwitch(d);
    }

    private boolean isProtected(Direction d, TlsRecord r) {
        if (midStream && ch == null && sh == null) {
            // capture started mid-connection: everything but ChangeCipherSpec is protected
            return r.type() != TlsRecord.CHANGE_CIPHER_SPEC;
        }
        if (tls13) {
            return r.type() == TlsRecord.APPLICATION_DATA;
        }
        return d.encrypted;
    }

    private void handleSslv2(Direction d, TlsRecord r, byte[] data) {
        try {
            ClientHello hello = Handshake.sslv2ClientHello(Arrays.copyOfRange(data, r.fragmentOffset(), r.end()));
            onClientHello(hello, r);
            lastMessage = "SSLv2 ClientHello from the client";
            lastMessageFrame = r.frame();
            appendTranscript(data, r.fragmentOffset(), r.length());
            if (!notedSslv2) {
                notedSslv2 = true;
                findings.add(finding("tls-sslv2-client-hello", Severity.INFO, null,
                        "the client sent an SSL 2.0-compatible ClientHello (version " + TlsNames.version(hello.version())
                                + ")", List.of(r.frame())));
            }
        } catch (TlsDecodeException e) {
            recordError(d, r, "malformed SSLv2 ClientHello: " + e.getMessage());
        }
    }

    private void handlePlain(Direction d, TlsRecord r, byte[] data) {
        switch (r.type()) {
            case TlsRecord.CHANGE_CIPHER_SPEC -> onChangeCipherSpec(d, r);
            case TlsRecord.ALERT -> alerts(d, r, data, r.fragmentOffset(), r.length(), false);
            case TlsRecord.HANDSHAKE -> handshakeBytes(d, r, data, r.fragmentOffset(), r.length());
            case TlsRecord.APPLICATION_DATA -> {
                // application data before encryption is a protocol error; keep it out of the plaintext
                d.undecryptable++;
                d.app.gap(-1);
            }
            default -> {
                // heartbeat: nothing to learn
            }
        }
    }

    private void onChangeCipherSpec(Direction d, TlsRecord r) {
        if (tls13 || sh == null) {
            return; // TLS 1.3 middlebox compatibility (RFC 8446 Appendix D.4); TLS 1.2 never sends it before ServerHello
        }
        if (!d.fromClient && !d.encrypted) {
            noteAbbreviated();
        }
        switchTo12(d);
    }

    private void switchTo12(Direction d) {
        ensureKeys12();
        d.encrypted = true;
        d.seq = 0;
        d.lossPending = false;
        d.cipher = d.pending12;
        d.pending12 = null;
        d.hsLen = 0;
        if (d.cipher == null) {
            d.missingReason = keyProblem;
        } else {
            d.missingReason = null;
            d.keysWrong = false;
            d.ok = 0;
            d.failed = 0;
            d.failuresBeforeFirstOk.clear();
        }
    }

    private void handleProtected(Direction d, TlsRecord r, byte[] data) {
        d.sentProtected = true;
        RecordCipher rc = d.cipher;
        int off = r.fragmentOffset();
        int len = r.length();
        if (d.phase == Phase13.EARLY && d.fromClient) {
            if (d.early != null) {
                int n = d.early.open(data, off, len, r.type(), r.version(), d.earlySeq, 1, d.out);
                if (n >= 0) {
                    d.earlySeq = d.early.matchedSequence() + 1;
                    deliver13(d, r, n);
                    return;
                }
            }
            if (rc != null && sh != null) {
                int n = rc.open(data, off, len, r.type(), r.version(), d.seq, 1, d.out);
                if (n >= 0) {
                    d.phase = Phase13.HANDSHAKE;
                    d.seq = rc.matchedSequence() + 1;
                    d.ok++;
                    deliver13(d, r, n);
                    return;
                }
            }
            if (sh == null || rc != null || d.early == null) {
                d.app.gap(-1); // 0-RTT data the server rejected, or that we cannot read: the server skipped it too
                return;
            }
        }
        if (rc == null) {
            if (d.appTrial != null) {
                int n = d.appTrial.open(data, off, len, r.type(), r.version(), 0, 1, d.out);
                if (n >= 0) {
                    // handshake secrets were missing; the application secret decrypts from here on
                    d.cipher = d.appTrial;
                    d.appTrial = null;
                    d.seq = 1;
                    d.phase = Phase13.APPLICATION;
                    d.finished = true;
                    d.missingReason = null;
                    d.ok++;
                    deliver13(d, r, n);
                    return;
                }
                if (d.phase != Phase13.APPLICATION) {
                    d.app.gap(-1); // an encrypted handshake record we cannot read; expected without handshake secrets
                    if (tls13 && !d.fromClient) {
                        d.finished = true;
                    }
                    return;
                }
            }
            undecryptable(d, r);
            return;
        }
        int tries = d.lossPending ? lossWindow(d.lostBytes) : NORMAL_WINDOW;
        int n = rc.open(data, off, len, r.type(), r.version(), d.seq, tries, d.out);
        if (n < 0) {
            decryptFailed(d, r, rc);
            return;
        }
        long matched = rc.matchedSequence();
        if (matched != d.seq) {
            recordError(d, r, d.lossPending
                    ? (matched - d.seq) + " record(s) lost in missing TCP data before it; decryption resumed"
                    : (matched - d.seq) + " record(s) before it are missing from the stream");
        }
        d.seq = matched + 1;
        d.lossPending = false;
        if (d.ok == 0 && !d.failuresBeforeFirstOk.isEmpty()) {
            for (TlsRecord f : d.failuresBeforeFirstOk) {
                recordError(d, f, "failed authentication (bad_record_mac); skipped");
            }
            d.failuresBeforeFirstOk.clear();
        }
        d.ok++;
        if (tls13) {
            deliver13(d, r, n);
        } else {
            deliver(d, r, r.type(), n, true);
        }
    }

    /** Strips the TLS 1.3 inner plaintext padding and content type. */
    private void deliver13(Direction d, TlsRecord r, int n) {
        int k = n - 1;
        while (k >= 0 && d.out[k] == 0) {
            k--;
        }
        if (k < 0) {
            recordError(d, r, "decrypted TLS 1.3 record has no inner content type");
            return;
        }
        int inner = d.out[k] & 0xff;
        deliver(d, r, inner, k, true);
    }

    private void deliver(Direction d, TlsRecord r, int type, int n, boolean encrypted) {
        switch (type) {
            case TlsRecord.APPLICATION_DATA -> {
                if (n > 0) {
                    if (d.app.length() == 0) {
                        d.app.ensureCapacity(d.stream.length()); // plaintext is never longer than the ciphertext
                    }
                    d.app.append(d.out, 0, n, r.frame(), r.timeNanos());
                }
                d.sentAppData = true;
            }
            case TlsRecord.HANDSHAKE -> handshakeBytes(d, r, d.out, 0, n);
            case TlsRecord.ALERT -> alerts(d, r, d.out, 0, n, encrypted);
            case TlsRecord.CHANGE_CIPHER_SPEC -> {
                if (!tls13) {
                    switchTo12(d); // renegotiation: the new cipher spec takes over
                }
            }
            case TlsRecord.HEARTBEAT -> {
            }
            default -> recordError(d, r, "unknown inner content type " + type);
        }
    }

    private void decryptFailed(Direction d, TlsRecord r, RecordCipher rc) {
        d.failed++;
        d.app.gap(-1);
        if (rc.needsContinuity()) {
            d.cipher = null;
            d.missingReason = "the RC4 key stream is out of step after a bad record";
        }
        if (d.lossPending) {
            d.seq++;
            recordError(d, r, "could not be decrypted after missing data (record counter not re-found); skipped");
            return;
        }
        d.seq++;
        if (d.ok == 0) {
            d.failuresBeforeFirstOk.add(r);
            if (d.failed >= 2) {
                wrongKeys(d);
            }
            return;
        }
        recordError(d, r, "failed authentication (bad_record_mac); skipped");
    }

    private void wrongKeys(Direction d) {
        d.keysWrong = true;
        d.cipher = null;
        d.failuresBeforeFirstOk.clear();
        String cr = shortRandom();
        String source = tls13 ? "the TLS 1.3 secrets in the key log" : masterSource == null ? "the key material" : masterSource;
        d.missingReason = source + " for client random " + cr + (tls13 ? " do" : " does") + " not decrypt the " + d.name
                + " records (wrong or stale secret)";
    }

    private void undecryptable(Direction d, TlsRecord r) {
        d.undecryptable++;
        if (r.type() == TlsRecord.APPLICATION_DATA) {
            d.app.gap(-1);
        }
        if (r.type() == TlsRecord.ALERT) {
            TlsAlert a = TlsAlert.unreadable(d.fromClient, r.frame());
            alerts.add(a);
            if (failureAlert == null && !handshakeCompleted()) {
                failureAlert = a;
            }
        }
        if (tls13) {
            // without keys: a side that sends protected records after the ServerHello has sent its Finished
            if (!d.fromClient || sh != null) {
                d.finished = true;
            }
        } else if (r.type() == TlsRecord.HANDSHAKE && d.encrypted) {
            d.finished = true; // the encrypted Finished follows ChangeCipherSpec
        } else if (r.type() == TlsRecord.APPLICATION_DATA) {
            d.sentAppData = true;
        }
    }

    private static int lossWindow(long lostBytes) {
        if (lostBytes < 0) {
            return 1024;
        }
        long records = lostBytes / 22 + 2; // the smallest protected record is about 22 bytes on the wire
        return (int) Math.max(NORMAL_WINDOW, Math.min(MAX_LOSS_WINDOW, records));
    }

    // ------------------------------------------------------------------ alerts

    private void alerts(Direction d, TlsRecord r, byte[] buf, int off, int len, boolean encrypted) {
        if (len < 2 || (len & 1) != 0) {
            recordError(d, r, "alert record of " + len + " bytes");
            return;
        }
        for (int i = 0; i + 1 < len; i += 2) {
            TlsAlert a = TlsAlert.of(d.fromClient, buf[off + i] & 0xff, buf[off + i + 1] & 0xff, r.frame(), encrypted);
            alerts.add(a);
            if (failureAlert == null && isFailure(a, d)) {
                failureAlert = a;
            }
        }
    }

    /** A fatal alert before the handshake finished, or before its sender sent any application data. */
    private boolean isFailure(TlsAlert a, Direction d) {
        boolean fatal = tls13 ? a.description() != 0 && a.description() != 90 : a.level() == 2;
        return fatal && (!handshakeCompleted() || !d.sentAppData);
    }

    // ------------------------------------------------------------------ handshake

    private void handshakeBytes(Direction d, TlsRecord r, byte[] buf, int off, int len) {
        if (d.hsLen + len > d.hs.length) {
            int need = d.hsLen + len;
            if (need > MAX_HANDSHAKE_MESSAGE + 4 + 16384) {
                recordError(d, r, "handshake message larger than " + MAX_HANDSHAKE_MESSAGE + " bytes; dropped");
                d.hsLen = 0;
                return;
            }
            d.hs = Arrays.copyOf(d.hs, Math.max(need, d.hs.length * 2));
        }
        System.arraycopy(buf, off, d.hs, d.hsLen, len);
        d.hsLen += len;
        int p = 0;
        while (d.hsLen - p >= 4) {
            int type = d.hs[p] & 0xff;
            int mlen = ((d.hs[p + 1] & 0xff) << 16) | ((d.hs[p + 2] & 0xff) << 8) | (d.hs[p + 3] & 0xff);
            if (mlen > MAX_HANDSHAKE_MESSAGE) {
                recordError(d, r, "handshake message length " + mlen + " is absurd; handshake data dropped");
                p = d.hsLen;
                break;
            }
            if (d.hsLen - p < 4 + mlen) {
                break;
            }
            byte[] body = Arrays.copyOfRange(d.hs, p + 4, p + 4 + mlen);
            if (!transcriptClosed) {
                appendTranscript(d.hs, p, 4 + mlen);
            }
            try {
                onMessage(d, r, type, body);
            } catch (TlsDecodeException e) {
                recordError(d, r, "malformed " + Handshake.typeName(type) + ": " + e.getMessage());
            }
            p += 4 + mlen;
        }
        if (p > 0) {
            System.arraycopy(d.hs, p, d.hs, 0, d.hsLen - p);
            d.hsLen -= p;
        }
    }

    private void appendTranscript(byte[] buf, int off, int len) {
        if (transcriptClosed) {
            return;
        }
        if (transcriptLen + len > MAX_TRANSCRIPT) {
            transcriptClosed = true;
            return;
        }
        if (transcriptLen + len > transcript.length) {
            transcript = Arrays.copyOf(transcript, Math.max(transcriptLen + len, transcript.length * 2));
        }
        System.arraycopy(buf, off, transcript, transcriptLen, len);
        transcriptLen += len;
    }

    private void onMessage(Direction d, TlsRecord r, int type, byte[] body) {
        lastMessage = Handshake.typeName(type) + " from the " + d.sender();
        lastMessageFrame = r.frame();
        switch (type) {
            case Handshake.CLIENT_HELLO -> {
                if (d.fromClient) {
                    onClientHello(Handshake.clientHello(body), r);
                }
            }
            case Handshake.SERVER_HELLO -> {
                if (!d.fromClient) {
                    onServerHello(Handshake.serverHello(body), r);
                }
            }
            case Handshake.ENCRYPTED_EXTENSIONS -> {
                Handshake.EncryptedExtensions ee = Handshake.encryptedExtensions(body);
                if (ee.alpn() != null) {
                    alpnSelected = ee.alpn();
                }
            }
            case Handshake.CERTIFICATE -> {
                List<byte[]> certs = Handshake.certificates(body, tls13);
                if (d.fromClient) {
                    if (clientCertificates.isEmpty() && !certs.isEmpty()) {
                        clientCertificates.addAll(certs);
                        clientCertificateFrame = r.frame();
                    }
                } else {
                    sawServerCertificateMessage = true;
                    if (serverCertificates.isEmpty() && !certs.isEmpty()) {
                        serverCertificates.addAll(certs);
                        serverCertificateFrame = r.frame();
                    }
                }
            }
            case Handshake.CERTIFICATE_REQUEST -> {
                if (!d.fromClient) {
                    certificateRequested = true;
                }
            }
            case Handshake.CLIENT_KEY_EXCHANGE -> {
                if (d.fromClient) {
                    sawClientKeyExchange = true;
                    encryptedPremaster = Handshake.encryptedPremaster(body);
                    if (!transcriptClosed && version >= 0 && suite != null) {
                        sessionHash = Prf.sessionHash(version, suite.prfHash(), transcript, transcriptLen);
                    }
                    transcriptClosed = true;
                }
            }
            case Handshake.FINISHED -> {
                d.finished = true;
                if (tls13) {
                    d.pendingSwitch = Switch.TO_APPLICATION;
                }
                if (c.finished && s.finished) {
                    initialHandshakeDone = true;
                }
            }
            case Handshake.NEW_SESSION_TICKET -> {
                if (!tls13 && !d.fromClient) {
                    byte[] ticket = Handshake.sessionTicket12(body);
                    noteAbbreviated();
                    ensureKeys12();
                    if (master != null) {
                        cache.putTicket(ticket, master);
                    }
                }
            }
            case Handshake.KEY_UPDATE -> {
                if (tls13) {
                    Handshake.keyUpdateRequested(body);
                    d.pendingSwitch = Switch.NEXT_GENERATION;
                }
            }
            case Handshake.END_OF_EARLY_DATA -> {
                if (tls13 && d.fromClient) {
                    d.pendingSwitch = Switch.TO_HANDSHAKE;
                }
            }
            default -> {
                // ServerKeyExchange, ServerHelloDone, CertificateVerify, HelloRequest, CertificateStatus:
                // nothing decryption or identity checks need
            }
        }
    }

    private void onClientHello(ClientHello hello, TlsRecord r) {
        boolean renegotiation = initialHandshakeDone;
        ch = hello;
        clientRandom = hello.random();
        earlyOffered = hello.earlyData();
        if (!renegotiation) {
            factsClientRandom = hello.random();
            clientHelloFrame = r.frame();
            sni = hello.sni();
            alpn = hello.alpn();
        }
        if (renegotiation || sh != null && !helloRetryRequest) {
            // a new handshake: keys come from the new randoms at the next ChangeCipherSpec
            transcriptLen = 0;
            transcriptClosed = false;
            keys12Done = false;
            master = null;
            sessionHash = null;
            encryptedPremaster = null;
            sawClientKeyExchange = false;
            sawServerCertificateMessage = false;
        }
    }

    private void onServerHello(ServerHello hello, TlsRecord r) {
        if (hello.helloRetryRequest()) {
            helloRetryRequest = true;
            tls13 = true; // only TLS 1.3 has HelloRetryRequest
            if (!initialHandshakeDone) {
                suiteCode = hello.cipherSuite();
                version = hello.version();
            }
            return;
        }
        boolean renegotiation = initialHandshakeDone;
        sh = hello;
        serverRandom = hello.random();
        int v = hello.version();
        CipherSuite cs = CipherSuite.byCode(hello.cipherSuite());
        if (cs == null) {
            cs = new CipherSuite(hello.cipherSuite(), CipherSuite.nameOf(hello.cipherSuite()), KeyExchange.OTHER,
                    CipherSuite.BulkCipher.UNSUPPORTED, CipherSuite.MacAlgorithm.NONE, "SHA-256");
        }
        suite = cs;
        if (!renegotiation) {
            version = v;
            suiteCode = hello.cipherSuite();
            serverHelloFrame = r.frame();
            if (hello.alpn() != null) {
                alpnSelected = hello.alpn();
            }
        }
        tls13 = v == Prf.TLS13;
        if (tls13) {
            resumed = resumed || hello.pskAccepted();
            setUp13();
            return;
        }
        boolean etm = ch != null && ch.encryptThenMac() && hello.encryptThenMac()
                && suite.cipher().kind == CipherSuite.Kind.CBC;
        boolean ems = ch != null && ch.extendedMasterSecret() && hello.extendedMasterSecret();
        if (!renegotiation) {
            encryptThenMac = etm;
            extendedMasterSecret = ems;
        }
        etm12 = etm;
        ems12 = ems;
        if (ch != null && ch.sessionId().length > 0 && Arrays.equals(ch.sessionId(), hello.sessionId())) {
            resumed = true;
        }
    }

    /**
     * TLS 1.2 abbreviated handshake (RFC 5246 §7.3, RFC 5077 §3.1): the server goes from ServerHello
     * straight to NewSessionTicket or ChangeCipherSpec, with no Certificate and no ClientKeyExchange.
     */
    private void noteAbbreviated() {
        if (sh != null && !tls13 && !sawClientKeyExchange && !sawServerCertificateMessage) {
            resumed = true;
        }
    }

    private boolean etm12;
    private boolean ems12;

    // ------------------------------------------------------------------ TLS 1.2 keys

    private void ensureKeys12() {
        if (keys12Done) {
            return;
        }
        keys12Done = true;
        if (sh == null || suite == null) {
            keyProblem = ch == null ? "handshake not in the capture (connection started before capture)"
                    : "the ServerHello is not in the capture, so the cipher suite is unknown";
            return;
        }
        if (!suite.decryptable()) {
            keyProblem = "unsupported cipher suite " + CipherSuite.hex(suite.code()) + " (" + suite.name() + ")";
            return;
        }
        if (version < Prf.TLS10) {
            keyProblem = "SSLv3 decryption is not supported";
            return;
        }
        MasterSecretFinder finder = new MasterSecretFinder(keyLog, keys.rsaKeys(), cache);
        master = finder.find(new MasterSecretFinder.Handshake12(version, suite, ch, sh, clientRandom, serverRandom, resumed,
                encryptedPremaster, ems12 ? sessionHash : null, serverCertificates.isEmpty() ? null : serverCertificates.get(0)));
        masterSource = finder.source();
        if (master == null) {
            keyProblem = finder.problem();
            return;
        }
        int macLen = suite.mac().length;
        int keyLen = suite.cipher().keyLength;
        int ivLen = suite.cipher().kind == CipherSuite.Kind.AEAD ? suite.cipher().fixedIvLength
                : suite.cipher().kind == CipherSuite.Kind.CBC && version == Prf.TLS10 ? suite.cipher().blockSize : 0;
        byte[] kb = Prf.keyBlock(version, suite.prfHash(), master, clientRandom, serverRandom,
                2 * macLen + 2 * keyLen + 2 * ivLen);
        int p = 0;
        byte[] cMac = Arrays.copyOfRange(kb, p, p += macLen);
        byte[] sMac = Arrays.copyOfRange(kb, p, p += macLen);
        byte[] cKey = Arrays.copyOfRange(kb, p, p += keyLen);
        byte[] sKey = Arrays.copyOfRange(kb, p, p += keyLen);
        byte[] cIv = Arrays.copyOfRange(kb, p, p += ivLen);
        byte[] sIv = Arrays.copyOfRange(kb, p, p += ivLen);
        try {
            c.pending12 = RecordCipher.tls12(suite, version, etm12, cMac, cKey, cIv);
            s.pending12 = RecordCipher.tls12(suite, version, etm12, sMac, sKey, sIv);
        } catch (GeneralSecurityException e) {
            keyProblem = "cipher " + suite.cipher() + " is not available in this Java runtime";
            c.pending12 = null;
            s.pending12 = null;
            return;
        }
        if (sh.sessionId().length > 0) {
            cache.putSessionId(sh.sessionId(), master);
        }
        if (exportKeyLog == null) {
            exportKeyLog = "CLIENT_RANDOM " + Hex.of(clientRandom) + " " + Hex.of(master) + "\n";
        }
    }

    // ------------------------------------------------------------------ TLS 1.3 keys

    private void setUp13() {
        Direction cd = c;
        Direction sd = s;
        sd.encrypted = true;
        cd.encrypted = true;
        sd.phase = Phase13.HANDSHAKE;
        cd.phase = ch != null && ch.earlyData() ? Phase13.EARLY : Phase13.HANDSHAKE;
        if (!suite.decryptable() || !suite.isTls13()) {
            keyProblem = "unsupported cipher suite " + CipherSuite.hex(suite.code()) + " (" + suite.name() + ")";
            return;
        }
        if (clientRandom == null) {
            keyProblem = MasterSecretFinder.NO_CLIENT_HELLO;
            cd.missingReason = keyProblem;
            sd.missingReason = keyProblem;
            return;
        }
        byte[] chs = keyLog.secret(KeyLog.CLIENT_HANDSHAKE_TRAFFIC_SECRET, clientRandom);
        byte[] shs = keyLog.secret(KeyLog.SERVER_HANDSHAKE_TRAFFIC_SECRET, clientRandom);
        byte[] cap = keyLog.secret(KeyLog.CLIENT_TRAFFIC_SECRET_0, clientRandom);
        byte[] sap = keyLog.secret(KeyLog.SERVER_TRAFFIC_SECRET_0, clientRandom);
        byte[] early = keyLog.secret(KeyLog.CLIENT_EARLY_TRAFFIC_SECRET, clientRandom);
        String cr = shortRandom();
        if (chs == null && shs == null && cap == null && sap == null) {
            keyProblem = "TLS 1.3: no handshake/traffic secrets for client random " + cr;
            cd.missingReason = keyProblem;
            sd.missingReason = keyProblem;
            return;
        }
        setUpDirection13(cd, chs, cap, "CLIENT");
        setUpDirection13(sd, shs, sap, "SERVER");
        if (early != null && ch != null && ch.earlyData()) {
            cd.early = cipher13(early);
        }
        exportKeyLog = keyLog.linesFor(List.of(clientRandom));
    }

    private void setUpDirection13(Direction d, byte[] handshakeSecret, byte[] appSecret, String who) {
        d.trafficSecret = handshakeSecret;
        d.applicationSecret = appSecret;
        d.seq = 0;
        d.cipher = handshakeSecret == null ? null : cipher13(handshakeSecret);
        if (d.cipher == null && appSecret != null) {
            d.appTrial = cipher13(appSecret);
        }
        if (handshakeSecret == null && appSecret == null) {
            d.missingReason = "TLS 1.3: no " + who + "_HANDSHAKE_TRAFFIC_SECRET or " + who
                    + "_TRAFFIC_SECRET_0 for client random " + shortRandom();
        } else if (handshakeSecret == null) {
            d.missingReason = "TLS 1.3: no " + who + "_HANDSHAKE_TRAFFIC_SECRET for client random " + shortRandom();
        }
    }

    private RecordCipher cipher13(byte[] secret) {
        try {
            return RecordCipher.tls13(suite, Tls13Keys.key(suite.prfHash(), secret, suite.cipher().keyLength),
                    Tls13Keys.iv(suite.prfHash(), secret));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** Key changes take effect at the record boundary after the message that announced them. */
    private void applySwitch(Direction d) {
        Switch sw = d.pendingSwitch;
        d.pendingSwitch = Switch.NONE;
        switch (sw) {
            case TO_APPLICATION -> {
                d.phase = Phase13.APPLICATION;
                d.seq = 0;
                d.trafficSecret = d.applicationSecret;
                d.cipher = d.applicationSecret == null ? null : cipher13(d.applicationSecret);
                if (d.cipher == null && !d.keysWrong && suite != null && suite.decryptable()) {
                    d.missingReason = "TLS 1.3: the key log has handshake secrets but no "
                            + (d.fromClient ? "CLIENT" : "SERVER") + "_TRAFFIC_SECRET_0 for client random "
                            + shortRandom();
                }
            }
            case NEXT_GENERATION -> {
                d.seq = 0;
                if (d.trafficSecret != null) {
                    d.trafficSecret = Tls13Keys.nextGeneration(suite.prfHash(), d.trafficSecret);
                    d.cipher = cipher13(d.trafficSecret);
                }
            }
            case TO_HANDSHAKE -> {
                d.phase = Phase13.HANDSHAKE;
            }
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------ results

    boolean handshakeCompleted() {
        return c.finished && s.finished;
    }

    FramedBytes clientData() {
        return c.app.build();
    }

    FramedBytes serverData() {
        return s.app.build();
    }

    private void finish() {
        Direction cd = c;
        Direction sd = s;
        for (Direction d : List.of(cd, sd)) {
            if (d.ok == 0 && !d.failuresBeforeFirstOk.isEmpty() && !d.keysWrong) {
                wrongKeys(d); // the only protected record(s) failed: the secret does not fit
            }
        }
        boolean anyProtected = cd.sentProtected || sd.sentProtected;
        boolean ok = anyProtected;
        List<String> reasons = new ArrayList<>();
        for (Direction d : List.of(cd, sd)) {
            if (!d.sentProtected) {
                continue;
            }
            boolean dirOk = d.ok > 0 && d.undecryptable == 0 && !d.keysWrong;
            if (!dirOk) {
                ok = false;
                String why = d.missingReason != null ? d.missingReason : keyProblem;
                if (why == null) {
                    why = midStream ? "handshake not in the capture (connection started before capture)"
                            : "no keys for the " + d.name + " records";
                }
                if (!reasons.contains(why)) {
                    reasons.add(why);
                }
            }
        }
        if (midStream && ch == null) {
            reasons.clear();
            reasons.add("handshake not in the capture (connection started before capture)");
            ok = false;
        }
        decrypted = ok;
        if (!ok) {
            if (!anyProtected) {
                undecryptedReason = ch == null ? "no ClientHello in the capture"
                        : "no encrypted records: the handshake never reached encryption";
            } else {
                undecryptedReason = String.join("; ", reasons);
                List<Long> frames = new ArrayList<>();
                frames.add(clientHelloFrame >= 0 ? clientHelloFrame : firstRecordFrame);
                findings.add(finding(UNDECRYPTED, Severity.WARNING, null,
                        "TLS connection not decrypted: " + undecryptedReason, frames));
            }
        } else {
            undecryptedReason = null;
        }
        if (!ok || (exportKeyLog != null && exportKeyLog.isEmpty())) {
            exportKeyLog = null; // secrets that do not decrypt this connection are not worth exporting
        }
        judgeHandshake();
        if (suppressedRecordFindings > 0) {
            findings.add(finding(RECORD_ERROR, Severity.WARNING, null,
                    suppressedRecordFindings + " more TLS record errors on this connection were not listed", List.of()));
        }
    }

    private void judgeHandshake() {
        if (midStream && ch == null) {
            return;
        }
        RuleRef rule = !serverCertificates.isEmpty() || (tls13 && !resumed && sh != null) ? RuleRef.rfc(5922, "7.3")
                : tls13 ? RuleRef.rfc(8446, "6.2") : RuleRef.rfc(5246, "7.2.2");
        if (failureAlert != null) {
            String what = failureAlert.level() < 0
                    ? "an encrypted alert (unreadable without keys)"
                    : (failureAlert.level() == 2 ? "fatal alert " : "alert ") + failureAlert.name() + " ("
                            + failureAlert.description() + ")";
            List<Long> frames = new ArrayList<>();
            frames.add(failureAlert.frame());
            if (serverCertificateFrame >= 0) {
                frames.add(serverCertificateFrame);
            }
            findings.add(finding(HANDSHAKE_FAILED, Severity.ERROR, rule, "TLS handshake failed: the "
                    + failureAlert.sender() + " sent " + what + " in frame " + failureAlert.frame(), sorted(frames)));
            return;
        }
        if (ch != null && !handshakeCompleted()) {
            String last = lastMessage == null ? "" : " (last handshake message: " + lastMessage + ", frame "
                    + lastMessageFrame + ")";
            List<Long> frames = new ArrayList<>();
            frames.add(lastMessageFrame >= 0 ? lastMessageFrame : clientHelloFrame);
            findings.add(finding(HANDSHAKE_FAILED, Severity.ERROR, rule,
                    "TLS handshake failed: the connection ended before both Finished messages" + last, frames));
            return;
        }
        for (TlsAlert a : alerts) {
            boolean fatal = tls13 ? a.description() > 0 && a.description() != 90 : a.level() == 2;
            if (fatal) {
                findings.add(finding(FATAL_ALERT, Severity.WARNING, null, "the " + a.sender() + " sent fatal alert "
                        + a.name() + " (" + a.description() + ") in frame " + a.frame() + " after the handshake",
                        List.of(a.frame())));
                break;
            }
        }
    }

    private static List<Long> sorted(List<Long> frames) {
        return new ArrayList<>(new TreeSet<>(frames));
    }

    private void reportDamage(Direction d) {
        for (RecordScanner.Damage dmg : d.scan.damage()) {
            List<Long> frames = new ArrayList<>();
            frames.add(dmg.frame());
            if (dmg.resumeFrame() >= 0) {
                frames.add(dmg.resumeFrame());
            }
            String resume = dmg.resumeFrame() >= 0 ? "decoding resumes at the next record boundary (frame "
                    + dmg.resumeFrame() + ")" : "no further record boundary found";
            addRecordFinding(finding(RECORD_ERROR, Severity.WARNING, null, d.name + " stream at frame " + dmg.frame()
                    + ": " + dmg.what() + "; " + resume, sorted(frames)));
        }
    }

    private void recordError(Direction d, TlsRecord r, String what) {
        addRecordFinding(finding(RECORD_ERROR, Severity.WARNING, null, d.name + " record #" + r.number() + " ("
                + r.typeName() + ", frame " + r.frame() + "): " + what, List.of(r.frame())));
    }

    private void addRecordFinding(Finding f) {
        if (recordFindings < MAX_RECORD_FINDINGS) {
            recordFindings++;
            findings.add(f);
        } else {
            suppressedRecordFindings++;
        }
    }

    private Finding finding(String id, Severity severity, RuleRef rule, String message, List<Long> frames) {
        return new Finding(id, severity, rule, message, connectionId, frames, null);
    }

    private String shortRandom() {
        return MasterSecretFinder.shortHex(clientRandom != null ? clientRandom : factsClientRandom);
    }
}
