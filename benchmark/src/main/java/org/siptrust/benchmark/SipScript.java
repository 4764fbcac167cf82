package org.siptrust.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The SIP traffic of one connection between an edge of the client's domain and the proxy of the
 * server's domain: registrations, outgoing and incoming INVITE dialogs (INVITE/100/180/200/ACK/
 * BYE/200), MESSAGE requests with bodies from a few bytes to several kilobytes (so TLS records
 * span TCP segments) and OPTIONS keep-alives. Each call of {@link #nextExchange()} yields the
 * messages of one transaction or dialog, in order.
 */
final class SipScript {
    private static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, REGISTER, NOTIFY, REFER";
    private static final char[] WORDS_ALPHABET = "abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Random random;
    private final String clientHost;
    private final int clientPort;
    private final String serverDomain;
    private final String clientDomain;
    private final String proxy;
    private int cseq = 1;
    private boolean registered;

    SipScript(Random random, String clientIp, int clientPort, String serverDomain, String clientDomain) {
        this.random = random;
        this.clientHost = clientIp;
        this.clientPort = clientPort;
        this.serverDomain = serverDomain;
        this.clientDomain = clientDomain;
        this.proxy = "sip." + serverDomain;
    }

    List<SipMessage> nextExchange() {
        if (!registered) {
            registered = true;
            return register();
        }
        int pick = random.nextInt(100);
        if (pick < 40) {
            return outgoingCall();
        }
        if (pick < 60) {
            return incomingCall();
        }
        if (pick < 85) {
            return message(random.nextBoolean());
        }
        if (pick < 93) {
            return options();
        }
        return register();
    }

    private List<SipMessage> register() {
        String user = user("alice");
        String callId = token(16) + "@" + clientHost;
        String tag = token(8);
        int n = cseq++;
        String branch = branch();
        String contact = "<sip:" + user + "@" + clientHost + ":" + clientPort + ";transport=tls>;+sip.instance=\"<urn:uuid:"
                + uuid() + ">\";reg-id=1";
        String req = "REGISTER sips:" + serverDomain + " SIP/2.0\r\n"
                + clientVia(branch)
                + "Max-Forwards: 70\r\n"
                + "From: <sips:" + user + "@" + serverDomain + ">;tag=" + tag + "\r\n"
                + "To: <sips:" + user + "@" + serverDomain + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + n + " REGISTER\r\n"
                + "Contact: " + contact + "\r\n"
                + "Expires: 3600\r\n"
                + "Supported: path, outbound, gruu\r\n"
                + "Allow: " + ALLOW + "\r\n"
                + "User-Agent: SipTrustBench-UA/1.0\r\n"
                + "Content-Length: 0\r\n\r\n";
        String ok = "SIP/2.0 200 OK\r\n"
                + clientVia(branch)
                + "From: <sips:" + user + "@" + serverDomain + ">;tag=" + tag + "\r\n"
                + "To: <sips:" + user + "@" + serverDomain + ">;tag=" + token(8) + "\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + n + " REGISTER\r\n"
                + "Contact: " + contact + ";expires=3600\r\n"
                + "Require: outbound\r\n"
                + "Date: Mon, 02 Jun 2025 09:00:00 GMT\r\n"
                + "Server: SipTrustBench-Proxy/1.0\r\n"
                + "Content-Length: 0\r\n\r\n";
        return List.of(client(req), server(ok));
    }

    private List<SipMessage> outgoingCall() {
        String from = "<sip:" + user("alice") + "@" + clientDomain + ">;tag=" + token(8);
        String to = "<sip:" + user("bob") + "@" + serverDomain + ">";
        String toTag = ";tag=" + token(8);
        String callId = token(20) + "@" + clientHost;
        String contactC = "<sip:" + user("alice") + "@" + clientHost + ":" + clientPort + ";transport=tls>";
        String contactS = "<sip:" + user("bob") + "@198.51.100." + (1 + random.nextInt(250)) + ":5061;transport=tls>";
        String rr = "Record-Route: <sip:" + proxy + ";transport=tls;lr>\r\n";
        int n = cseq++;
        String branch = branch();
        String route = "Route: <sip:" + proxy + ";transport=tls;lr>\r\n";
        String sdpC = sdp("alice", clientHost);
        String sdpS = sdp("bob", "198.51.100." + (1 + random.nextInt(250)));
        String dialog = "Call-ID: " + callId + "\r\n";
        List<SipMessage> m = new ArrayList<>();
        m.add(client("INVITE sip:" + to.substring(5, to.length() - 1) + " SIP/2.0\r\n" + clientVia(branch)
                + "Max-Forwards: 70\r\n" + route + "From: " + from + "\r\nTo: " + to + "\r\n" + dialog
                + "CSeq: " + n + " INVITE\r\nContact: " + contactC + "\r\nAllow: " + ALLOW + "\r\n"
                + "Supported: replaces, timer, 100rel\r\nSession-Expires: 1800\r\nUser-Agent: SipTrustBench-UA/1.0\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: " + sdpC.length() + "\r\n\r\n" + sdpC));
        m.add(server("SIP/2.0 100 Trying\r\n" + clientVia(branch) + "From: " + from + "\r\nTo: " + to + "\r\n" + dialog
                + "CSeq: " + n + " INVITE\r\nContent-Length: 0\r\n\r\n"));
        m.add(server("SIP/2.0 180 Ringing\r\n" + clientVia(branch) + rr + "From: " + from + "\r\nTo: " + to + toTag
                + "\r\n" + dialog + "CSeq: " + n + " INVITE\r\nContact: " + contactS + "\r\nContent-Length: 0\r\n\r\n"));
        m.add(server("SIP/2.0 200 OK\r\n" + clientVia(branch) + rr + "From: " + from + "\r\nTo: " + to + toTag + "\r\n"
                + dialog + "CSeq: " + n + " INVITE\r\nContact: " + contactS + "\r\nAllow: " + ALLOW + "\r\n"
                + "Session-Expires: 1800;refresher=uac\r\nServer: SipTrustBench-Proxy/1.0\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: " + sdpS.length() + "\r\n\r\n" + sdpS));
        String remote = contactS.substring(1, contactS.length() - 1);
        m.add(client("ACK " + remote + " SIP/2.0\r\n" + clientVia(branch()) + "Max-Forwards: 70\r\n" + route + "From: "
                + from + "\r\nTo: " + to + toTag + "\r\n" + dialog + "CSeq: " + n + " ACK\r\nContent-Length: 0\r\n\r\n"));
        int bye = cseq++;
        String byeBranch = branch();
        m.add(client("BYE " + remote + " SIP/2.0\r\n" + clientVia(byeBranch) + "Max-Forwards: 70\r\n" + route + "From: "
                + from + "\r\nTo: " + to + toTag + "\r\n" + dialog + "CSeq: " + bye
                + " BYE\r\nReason: Q.850;cause=16;text=\"Normal call clearing\"\r\nContent-Length: 0\r\n\r\n"));
        m.add(server("SIP/2.0 200 OK\r\n" + clientVia(byeBranch) + "From: " + from + "\r\nTo: " + to + toTag + "\r\n"
                + dialog + "CSeq: " + bye + " BYE\r\nContent-Length: 0\r\n\r\n"));
        return m;
    }

    /** A call from the server's domain to the client, sent over the same connection (RFC 5923 reuse). */
    private List<SipMessage> incomingCall() {
        String user = user("alice");
        String from = "<sip:" + user("carol") + "@" + serverDomain + ">;tag=" + token(8);
        String to = "<sip:" + user + "@" + clientDomain + ">";
        String toTag = ";tag=" + token(8);
        String callId = token(20) + "@" + proxy;
        String ruri = "sip:" + user + "@" + clientHost + ":" + clientPort + ";transport=tls";
        String via = serverVia(branch()) + "Via: SIP/2.0/TLS 203.0.113." + (1 + random.nextInt(250))
                + ":5061;branch=z9hG4bK" + token(16) + "\r\n";
        String rr = "Record-Route: <sip:" + proxy + ";transport=tls;lr>\r\n";
        String contactS = "<sip:" + user("carol") + "@203.0.113." + (1 + random.nextInt(250)) + ":5061;transport=tls>";
        String contactC = "<sip:" + user + "@" + clientHost + ":" + clientPort + ";transport=tls>";
        String dialog = "Call-ID: " + callId + "\r\n";
        int n = 1 + random.nextInt(9000);
        String sdpS = sdp("carol", "203.0.113." + (1 + random.nextInt(250)));
        String sdpC = sdp("alice", clientHost);
        List<SipMessage> m = new ArrayList<>();
        m.add(server("INVITE " + ruri + " SIP/2.0\r\n" + via + rr + "Max-Forwards: 68\r\nFrom: " + from + "\r\nTo: " + to
                + "\r\n" + dialog + "CSeq: " + n + " INVITE\r\nContact: " + contactS + "\r\nAllow: " + ALLOW
                + "\r\nContent-Type: application/sdp\r\nContent-Length: " + sdpS.length() + "\r\n\r\n" + sdpS));
        m.add(client("SIP/2.0 100 Trying\r\n" + via + "From: " + from + "\r\nTo: " + to + "\r\n" + dialog + "CSeq: " + n
                + " INVITE\r\nContent-Length: 0\r\n\r\n"));
        m.add(client("SIP/2.0 180 Ringing\r\n" + via + rr + "From: " + from + "\r\nTo: " + to + toTag + "\r\n" + dialog
                + "CSeq: " + n + " INVITE\r\nContact: " + contactC + "\r\nContent-Length: 0\r\n\r\n"));
        m.add(client("SIP/2.0 200 OK\r\n" + via + rr + "From: " + from + "\r\nTo: " + to + toTag + "\r\n" + dialog
                + "CSeq: " + n + " INVITE\r\nContact: " + contactC + "\r\nAllow: " + ALLOW
                + "\r\nContent-Type: application/sdp\r\nContent-Length: " + sdpC.length() + "\r\n\r\n" + sdpC));
        m.add(server("ACK " + contactC.substring(1, contactC.length() - 1) + " SIP/2.0\r\n" + serverVia(branch())
                + "Max-Forwards: 69\r\nFrom: " + from + "\r\nTo: " + to + toTag + "\r\n" + dialog + "CSeq: " + n
                + " ACK\r\nContent-Length: 0\r\n\r\n"));
        // the callee hangs up: BYE travels back towards the server
        String byeBranch = branch();
        int bye = cseq++;
        m.add(client("BYE " + contactS.substring(1, contactS.length() - 1) + " SIP/2.0\r\n" + clientVia(byeBranch)
                + "Max-Forwards: 70\r\nRoute: <sip:" + proxy + ";transport=tls;lr>\r\nFrom: " + to + toTag + "\r\nTo: "
                + from + "\r\n" + dialog + "CSeq: " + bye + " BYE\r\nContent-Length: 0\r\n\r\n"));
        m.add(server("SIP/2.0 200 OK\r\n" + clientVia(byeBranch) + "From: " + to + toTag + "\r\nTo: " + from + "\r\n"
                + dialog + "CSeq: " + bye + " BYE\r\nContent-Length: 0\r\n\r\n"));
        return m;
    }

    private List<SipMessage> message(boolean fromClient) {
        String body = text(bodySize());
        String callId = token(20) + "@" + (fromClient ? clientHost : proxy);
        String branch = branch();
        String via = fromClient ? clientVia(branch) : serverVia(branch);
        String from = fromClient ? "<sip:" + user("alice") + "@" + clientDomain + ">;tag=" + token(8)
                : "<sip:" + user("carol") + "@" + serverDomain + ">;tag=" + token(8);
        String to = fromClient ? "<sip:" + user("bob") + "@" + serverDomain + ">"
                : "<sip:" + user("alice") + "@" + clientDomain + ">";
        String ruri = fromClient ? to.substring(1, to.length() - 1)
                : "sip:" + user("alice") + "@" + clientHost + ":" + clientPort + ";transport=tls";
        int n = fromClient ? cseq++ : 1 + random.nextInt(9000);
        String req = "MESSAGE " + ruri + " SIP/2.0\r\n" + via + "Max-Forwards: 70\r\nFrom: " + from + "\r\nTo: " + to
                + "\r\nCall-ID: " + callId + "\r\nCSeq: " + n + " MESSAGE\r\n"
                + "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        String resp = "SIP/2.0 200 OK\r\n" + via + "From: " + from + "\r\nTo: " + to + ";tag=" + token(8)
                + "\r\nCall-ID: " + callId + "\r\nCSeq: " + n + " MESSAGE\r\nContent-Length: 0\r\n\r\n";
        return List.of(new SipMessage(fromClient, ascii(req)), new SipMessage(!fromClient, ascii(resp)));
    }

    private List<SipMessage> options() {
        String branch = branch();
        String tag = token(8);
        String callId = token(20) + "@" + clientHost;
        int n = cseq++;
        String common = "From: <sip:ping@" + clientDomain + ">;tag=" + tag + "\r\nTo: <sip:" + proxy + ">";
        return List.of(
                client("OPTIONS sip:" + proxy + ";transport=tls SIP/2.0\r\n" + clientVia(branch) + "Max-Forwards: 0\r\n"
                        + common + "\r\nCall-ID: " + callId + "\r\nCSeq: " + n + " OPTIONS\r\nAccept: application/sdp\r\n"
                        + "Content-Length: 0\r\n\r\n"),
                server("SIP/2.0 200 OK\r\n" + clientVia(branch) + common + ";tag=" + token(8) + "\r\nCall-ID: " + callId
                        + "\r\nCSeq: " + n + " OPTIONS\r\nAllow: " + ALLOW + "\r\nAccept: application/sdp\r\n"
                        + "Content-Length: 0\r\n\r\n"));
    }

    private int bodySize() {
        int p = random.nextInt(100);
        if (p < 60) {
            return 10 + random.nextInt(300);
        }
        if (p < 85) {
            return 300 + random.nextInt(1500);
        }
        return 1800 + random.nextInt(6000);
    }

    private String clientVia(String branch) {
        return "Via: SIP/2.0/TLS " + clientHost + ":" + clientPort + ";branch=" + branch + ";rport;alias\r\n";
    }

    private String serverVia(String branch) {
        return "Via: SIP/2.0/TLS " + proxy + ":5061;branch=" + branch + "\r\n";
    }

    private String sdp(String user, String host) {
        long sess = 1_000_000_000L + (random.nextInt() & 0x7fffffffL);
        int port = 10000 + 2 * random.nextInt(10000);
        return "v=0\r\n"
                + "o=" + user + " " + sess + " " + sess + " IN IP4 " + host + "\r\n"
                + "s=-\r\n"
                + "c=IN IP4 " + host + "\r\n"
                + "t=0 0\r\n"
                + "m=audio " + port + " RTP/SAVP 0 8 9 101\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:9 G722/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-16\r\n"
                + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:" + base64ish(40) + "\r\n"
                + "a=ptime:20\r\n"
                + "a=sendrecv\r\n";
    }

    private String user(String prefix) {
        return prefix + (1 + random.nextInt(5000));
    }

    private String branch() {
        return "z9hG4bK" + token(24);
    }

    private String uuid() {
        return token(8) + "-" + token(4) + "-" + token(4) + "-" + token(4) + "-" + token(12);
    }

    private String token(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = Character.forDigit(random.nextInt(16), 16);
        }
        return new String(c);
    }

    private String base64ish(int n) {
        String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = a.charAt(random.nextInt(64));
        }
        return new String(c);
    }

    private String text(int n) {
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            int w = 1 + random.nextInt(9);
            for (int i = 0; i < w && b.length() < n; i++) {
                b.append(WORDS_ALPHABET[random.nextInt(WORDS_ALPHABET.length)]);
            }
            if (b.length() < n) {
                b.append(b.length() % 71 < 8 ? '\n' : ' ');
            }
        }
        return b.toString();
    }

    private SipMessage client(String s) {
        return new SipMessage(true, ascii(s));
    }

    private SipMessage server(String s) {
        return new SipMessage(false, ascii(s));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
