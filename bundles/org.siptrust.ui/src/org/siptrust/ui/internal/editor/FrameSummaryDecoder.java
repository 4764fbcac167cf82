package org.siptrust.ui.internal.editor;

import org.siptrust.capture.RawFrame;
import org.siptrust.core.IpText;

/**
 * Decodes just enough of a frame for one row of the Frames table (source, destination, protocol,
 * a one-line info) without allocating much, so a table can page through a million frames. Every
 * offset is checked against the bytes present; a header that does not fit ends decoding with what
 * is known so far. The details tree decodes fully with {@code FrameLayers}.
 */
public final class FrameSummaryDecoder {
    private FrameSummaryDecoder() {
    }

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;

    /** The TCP header facts the table needs to print relative sequence numbers. */
    public record Tcp(String srcIp, int srcPort, String dstIp, int dstPort, long seq, long ack, int flags, int payloadLength) {
        /** Identifies the direction of the segment within its connection. */
        public String direction() {
            return srcIp + "|" + srcPort + ">" + dstIp + "|" + dstPort;
        }

        /** The key of the opposite direction. */
        public String reverse() {
            return dstIp + "|" + dstPort + ">" + srcIp + "|" + srcPort;
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** One row's decoded columns; {@code tcp} is set for TCP segments so the info can be rewritten relatively. */
    public record Summary(String source, String destination, String protocol, String info, Tcp tcp) {
    }

    public static Summary decode(RawFrame frame) {
        byte[] b = frame.data();
        switch (frame.linkType()) {
            case 1:
                return ethernet(b);
            case 113:
                if (b.length < 16) {
                    return cut("Linux cooked header");
                }
                return ethertype(b, u16(b, 14), 16, "", "");
            case 276:
                if (b.length < 20) {
                    return cut("Linux cooked v2 header");
                }
                return ethertype(b, u16(b, 0), 20, "", "");
            case 0:
            case 108: {
                if (b.length <= 4) {
                    return cut("loopback header");
                }
                return ip(b, 4, (b[4] & 0xff) >>> 4);
            }
            case 12:
            case 14:
            case 101:
            case 228:
            case 229:
                return b.length == 0 ? cut("IP header") : ip(b, 0, (b[0] & 0xff) >>> 4);
            default:
                return new Summary("", "", "Link " + frame.linkType(), "link type " + frame.linkType() + ", " + b.length + " bytes",
                        null);
        }
    }

    private static Summary ethernet(byte[] b) {
        if (b.length < 14) {
            return cut("Ethernet header");
        }
        String dst = mac(b, 0);
        String src = mac(b, 6);
        int off = 12;
        int type = u16(b, off);
        while (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
            off += 4;
            if (b.length < off + 2) {
                return new Summary(src, dst, "VLAN", "VLAN header cut", null);
            }
            type = u16(b, off);
        }
        return ethertype(b, type, off + 2, src, dst);
    }

    private static Summary ethertype(byte[] b, int type, int off, String src, String dst) {
        switch (type) {
            case 0x0800:
                return ip(b, off, 4);
            case 0x86dd:
                return ip(b, off, 6);
            case 0x0806:
                return arp(b, off, src, dst);
            default:
                return new Summary(src, dst, "Ethernet", String.format("Ethertype 0x%04x", type), null);
        }
    }

    private static Summary arp(byte[] b, int off, String src, String dst) {
        if (b.length < off + 28 || u16(b, off + 2) != 0x0800 || (b[off + 4] & 0xff) != 6 || (b[off + 5] & 0xff) != 4) {
            return new Summary(src, dst, "ARP", "ARP", null);
        }
        int op = u16(b, off + 6);
        String senderIp = IpText.v4(b, off + 14);
        String targetIp = IpText.v4(b, off + 24);
        String info = op == 1 ? "Who has " + targetIp + "? Tell " + senderIp
                : op == 2 ? senderIp + " is at " + mac(b, off + 8) : "ARP opcode " + op;
        return new Summary(src, dst, "ARP", info, null);
    }

    private static Summary ip(byte[] b, int off, int version) {
        if (version == 4) {
            if (b.length < off + 20) {
                return cut("IPv4 header");
            }
            int ihl = (b[off] & 0x0f) * 4;
            int total = u16(b, off + 2);
            String src = IpText.v4(b, off + 12);
            String dst = IpText.v4(b, off + 16);
            if (ihl < 20 || b.length < off + ihl) {
                return new Summary(src, dst, "IPv4", "bad IPv4 header length " + ihl, null);
            }
            int end = total >= ihl ? Math.min(b.length, off + total) : b.length;
            int frag = u16(b, off + 6);
            int proto = b[off + 9] & 0xff;
            if ((frag & 0x2000) != 0 || (frag & 0x1fff) != 0) {
                return new Summary(src, dst, "IPv4", String.format("Fragmented IP protocol (proto=%s %d, off=%d, ID=%04x)",
                        protoName(proto), proto, (frag & 0x1fff) * 8, u16(b, off + 4)), null);
            }
            return transport(b, off + ihl, end, proto, src, dst, "IPv4");
        }
        if (version == 6) {
            if (b.length < off + 40) {
                return cut("IPv6 header");
            }
            int payload = u16(b, off + 4);
            int next = b[off + 6] & 0xff;
            String src = IpText.v6(b, off + 8);
            String dst = IpText.v6(b, off + 24);
            int pos = off + 40;
            int end = payload == 0 ? b.length : Math.min(b.length, pos + payload);
            for (int guard = 0; guard < 16; guard++) {
                if (next == 0 || next == 43 || next == 60 || next == 51) {
                    if (end < pos + 8) {
                        return new Summary(src, dst, "IPv6", "IPv6 extension header cut", null);
                    }
                    int len = next == 51 ? ((b[pos + 1] & 0xff) + 2) * 4 : ((b[pos + 1] & 0xff) + 1) * 8;
                    next = b[pos] & 0xff;
                    pos += len;
                } else if (next == 44) {
                    if (end < pos + 8) {
                        return new Summary(src, dst, "IPv6", "IPv6 fragment header cut", null);
                    }
                    int field = u16(b, pos + 2);
                    if ((field & 0xfff8) != 0 || (field & 1) != 0) {
                        return new Summary(src, dst, "IPv6", "IPv6 fragment (off=" + (field & 0xfff8) + ")", null);
                    }
                    next = b[pos] & 0xff;
                    pos += 8;
                } else {
                    break;
                }
            }
            if (pos > end) {
                return new Summary(src, dst, "IPv6", "IPv6 extension headers exceed the packet", null);
            }
            return transport(b, pos, end, next, src, dst, "IPv6");
        }
        return new Summary("", "", "IP", "IP version " + version, null);
    }

    private static Summary transport(byte[] b, int off, int end, int proto, String src, String dst, String ipName) {
        switch (proto) {
            case 6: {
                if (end - off < 20) {
                    return new Summary(src, dst, "TCP", "TCP header cut", null);
                }
                int sport = u16(b, off);
                int dport = u16(b, off + 2);
                long seq = u32(b, off + 4);
                long ack = u32(b, off + 8);
                int hlen = ((b[off + 12] & 0xff) >>> 4) * 4;
                int flags = b[off + 13] & 0xff;
                if (hlen < 20 || end - off < hlen) {
                    return new Summary(src, dst, "TCP", sport + " → " + dport + " bad header length " + hlen, null);
                }
                Tcp tcp = new Tcp(src, sport, dst, dport, seq, ack, flags, end - off - hlen);
                return new Summary(src, dst, "TCP", tcpInfo(tcp, seq, ack), tcp);
            }
            case 17: {
                if (end - off < 8) {
                    return new Summary(src, dst, "UDP", "UDP header cut", null);
                }
                int sport = u16(b, off);
                int dport = u16(b, off + 2);
                int len = u16(b, off + 4);
                int payload = len >= 8 ? len - 8 : end - off - 8;
                return new Summary(src, dst, "UDP", sport + " → " + dport + " Len=" + payload, null);
            }
            case 1:
                return new Summary(src, dst, "ICMP", end - off < 2 ? "ICMP cut" : icmp(b[off] & 0xff, b[off + 1] & 0xff), null);
            case 58:
                return new Summary(src, dst, "ICMPv6", end - off < 2 ? "ICMPv6 cut" : icmp6(b[off] & 0xff), null);
            default:
                return new Summary(src, dst, ipName, protoName(proto) + " (" + proto + "), " + Math.max(0, end - off) + " bytes",
                        null);
        }
    }

    /** The info column of a TCP segment, with {@code seq} and {@code ack} as they should be shown. */
    public static String tcpInfo(Tcp t, long seq, long ack) {
        StringBuilder s = new StringBuilder();
        s.append(t.srcPort()).append(" → ").append(t.dstPort()).append(" [").append(flagNames(t.flags())).append("] Seq=").append(seq);
        if (t.has(ACK)) {
            s.append(" Ack=").append(ack);
        }
        s.append(" Len=").append(t.payloadLength());
        return s.toString();
    }

    /** Wireshark's order and spelling: {@code SYN, ACK}. */
    static String flagNames(int flags) {
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                if (s.length() > 0) {
                    s.append(", ");
                }
                s.append(names[i]);
            }
        }
        return s.length() == 0 ? "<None>" : s.toString();
    }

    private static String icmp(int type, int code) {
        return switch (type) {
            case 0 -> "Echo (ping) reply";
            case 8 -> "Echo (ping) request";
            case 3 -> "Destination unreachable (code " + code + ")";
            case 11 -> "Time-to-live exceeded";
            default -> "ICMP type " + type + " code " + code;
        };
    }

    private static String icmp6(int type) {
        return switch (type) {
            case 1 -> "Destination Unreachable";
            case 128 -> "Echo (ping) request";
            case 129 -> "Echo (ping) reply";
            case 133 -> "Router Solicitation";
            case 134 -> "Router Advertisement";
            case 135 -> "Neighbor Solicitation";
            case 136 -> "Neighbor Advertisement";
            default -> "ICMPv6 type " + type;
        };
    }

    private static String protoName(int proto) {
        return switch (proto) {
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case 47 -> "GRE";
            case 50 -> "ESP";
            case 58 -> "ICMPv6";
            case 132 -> "SCTP";
            default -> "protocol";
        };
    }

    private static Summary cut(String what) {
        return new Summary("", "", "?", what + " cut", null);
    }

    private static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    private static long u32(byte[] b, int off) {
        return ((long) u16(b, off) << 16) | u16(b, off + 2);
    }

    private static String mac(byte[] b, int off) {
        StringBuilder s = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                s.append(':');
            }
            s.append(Character.forDigit((b[off + i] >> 4) & 0xf, 16)).append(Character.forDigit(b[off + i] & 0xf, 16));
        }
        return s.toString();
    }
}
