package org.siptrust.capture.internal;

import java.util.HashMap;
import java.util.Map;

import org.siptrust.capture.RawFrame;
import org.siptrust.core.IpText;

/**
 * Decodes link, IP and TCP/UDP headers of a frame, with IPv4/IPv6 fragment reassembly. Every
 * length field is checked against the bytes actually present; a malformed header ends decoding of
 * that frame with {@link DecodedPacket#problem} set, never with an exception.
 */
public final class PacketDecoder {
    public static final int LINKTYPE_NULL = 0;
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int LINKTYPE_RAW = 101;
    public static final int LINKTYPE_LOOP = 108;
    public static final int LINKTYPE_LINUX_SLL = 113;
    public static final int LINKTYPE_IPV4 = 228;
    public static final int LINKTYPE_IPV6 = 229;
    public static final int LINKTYPE_LINUX_SLL2 = 276;

    private final IpReassembler reassembler = new IpReassembler();
    /** Text of each IPv4 address seen, so a frame does not build two strings (a capture has few hosts). */
    private final Map<Integer, String> v4Text = new HashMap<>();

    /** Decodes {@code frame}; the result's protocol is -1 when it carries no (complete) IP datagram. */
    public DecodedPacket decode(RawFrame frame) {
        DecodedPacket p = new DecodedPacket();
        p.frame = frame.number();
        p.timeNanos = frame.timeNanos();
        byte[] b = frame.data();
        int ipOff = linkPayload(frame.linkType(), b, p);
        if (ipOff < 0) {
            return p;
        }
        ip(b, ipOff, b.length, p);
        return p;
    }

    /** Offset of the IP header, or -1 when the frame is not IP (or the link header is cut). */
    static int linkPayload(int linkType, byte[] b, DecodedPacket p) {
        switch (linkType) {
            case LINKTYPE_ETHERNET: {
                int off = 12;
                while (true) {
                    if (b.length < off + 2) {
                        p.problem = "Ethernet header cut";
                        return -1;
                    }
                    int type = Bytes.u16be(b, off);
                    if (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
                        off += 4;
                        continue;
                    }
                    return type == 0x0800 || type == 0x86dd ? off + 2 : -1;
                }
            }
            case LINKTYPE_LINUX_SLL: {
                if (b.length < 16) {
                    p.problem = "Linux cooked header cut";
                    return -1;
                }
                int proto = Bytes.u16be(b, 14);
                return proto == 0x0800 || proto == 0x86dd ? 16 : -1;
            }
            case LINKTYPE_LINUX_SLL2: {
                if (b.length < 20) {
                    p.problem = "Linux cooked v2 header cut";
                    return -1;
                }
                int proto = Bytes.u16be(b, 0);
                return proto == 0x0800 || proto == 0x86dd ? 20 : -1;
            }
            case LINKTYPE_NULL:
            case LINKTYPE_LOOP: {
                if (b.length < 4) {
                    p.problem = "loopback header cut";
                    return -1;
                }
                long fam = linkType == LINKTYPE_LOOP ? Bytes.u32be(b, 0) : Bytes.u32le(b, 0);
                if (fam > 0xffff) {
                    fam = Bytes.u32be(b, 0); // written on a host of the other byte order
                }
                return fam == 2 || fam == 24 || fam == 28 || fam == 30 ? 4 : -1;
            }
            case LINKTYPE_RAW:
            case 12:
            case 14:
            case LINKTYPE_IPV4:
            case LINKTYPE_IPV6:
                return 0;
            default:
                return -1;
        }
    }

    private void ip(byte[] b, int off, int end, DecodedPacket p) {
        if (off >= end) {
            p.problem = "no IP header";
            return;
        }
        int version = (b[off] & 0xff) >>> 4;
        if (version == 4) {
            ipv4(b, off, end, p);
        } else if (version == 6) {
            ipv6(b, off, end, p);
        } else {
            p.problem = "IP version " + version;
        }
    }

    private String v4(byte[] b, int off) {
        int key = (int) Bytes.u32be(b, off);
        String s = v4Text.get(key);
        if (s == null) {
            if (v4Text.size() >= 1 << 16) {
                v4Text.clear(); // an address scan: stay bounded
            }
            s = IpText.v4(b, off);
            v4Text.put(key, s);
        }
        return s;
    }

    private void ipv4(byte[] b, int off, int end, DecodedPacket p) {
        if (end - off < 20) {
            p.problem = "IPv4 header cut";
            return;
        }
        int ihl = (b[off] & 0x0f) * 4;
        int total = Bytes.u16be(b, off + 2);
        if (ihl < 20 || total < ihl || end - off < ihl) {
            p.problem = "IPv4 header invalid (ihl " + ihl + ", total " + total + ")";
            return;
        }
        int dataEnd = Math.min(end, off + total); // strips Ethernet padding; tolerates snaplen cuts
        int id = Bytes.u16be(b, off + 4);
        int fragField = Bytes.u16be(b, off + 6);
        boolean more = (fragField & 0x2000) != 0;
        int fragOffset = (fragField & 0x1fff) * 8;
        int proto = b[off + 9] & 0xff;
        p.ipVersion = 4;
        p.src = v4(b, off + 12);
        p.dst = v4(b, off + 16);
        int payload = off + ihl;
        if (more || fragOffset != 0) {
            byte[] whole = reassembler.add(p.src + ">" + p.dst + "/" + proto + "#" + id, fragOffset, more, b, payload,
                    dataEnd - payload, p.timeNanos);
            if (whole == null) {
                p.fragmentPending = true;
                return;
            }
            transport(proto, whole, 0, whole.length, p);
        } else {
            transport(proto, b, payload, dataEnd, p);
        }
    }

    private void ipv6(byte[] b, int off, int end, DecodedPacket p) {
        if (end - off < 40) {
            p.problem = "IPv6 header cut";
            return;
        }
        int payloadLen = Bytes.u16be(b, off + 4);
        int next = b[off + 6] & 0xff;
        p.ipVersion = 6;
        p.src = IpText.v6(b, off + 8);
        p.dst = IpText.v6(b, off + 24);
        int pos = off + 40;
        int dataEnd = payloadLen == 0 ? end : Math.min(end, pos + payloadLen);
        while (true) {
            switch (next) {
                case 0, 43, 60 -> {
                    if (dataEnd - pos < 8) {
                        p.problem = "IPv6 extension header cut";
                        return;
                    }
                    int len = ((b[pos + 1] & 0xff) + 1) * 8;
                    next = b[pos] & 0xff;
                    pos += len;
                }
                case 51 -> {
                    if (dataEnd - pos < 8) {
                        p.problem = "IPv6 AH cut";
                        return;
                    }
                    int len = ((b[pos + 1] & 0xff) + 2) * 4;
                    next = b[pos] & 0xff;
                    pos += len;
                }
                case 44 -> {
                    if (dataEnd - pos < 8) {
                        p.problem = "IPv6 fragment header cut";
                        return;
                    }
                    int nh = b[pos] & 0xff;
                    int field = Bytes.u16be(b, pos + 2);
                    long id = Bytes.u32be(b, pos + 4);
                    boolean more = (field & 1) != 0;
                    int fragOffset = field & 0xfff8;
                    pos += 8;
                    byte[] whole = reassembler.add(p.src + ">" + p.dst + "#6#" + id, fragOffset, more, b, pos,
                            dataEnd - pos, p.timeNanos);
                    if (whole == null) {
                        p.fragmentPending = true;
                        return;
                    }
                    transport(nh, whole, 0, whole.length, p);
                    return;
                }
                default -> {
                    if (pos > dataEnd) {
                        p.problem = "IPv6 extension headers exceed the packet";
                        return;
                    }
                    transport(next, b, pos, dataEnd, p);
                    return;
                }
            }
        }
    }

    private static void transport(int proto, byte[] b, int off, int end, DecodedPacket p) {
        if (proto == DecodedPacket.UDP) {
            if (end - off < 8) {
                p.problem = "UDP header cut";
                return;
            }
            int len = Bytes.u16be(b, off + 4);
            p.protocol = proto;
            p.srcPort = Bytes.u16be(b, off);
            p.dstPort = Bytes.u16be(b, off + 2);
            p.bytes = b;
            p.payloadOffset = off + 8;
            int avail = end - off - 8;
            p.payloadLength = len >= 8 ? Math.min(len - 8, avail) : avail;
        } else if (proto == DecodedPacket.TCP) {
            if (end - off < 20) {
                p.problem = "TCP header cut";
                return;
            }
            int hlen = ((b[off + 12] & 0xff) >>> 4) * 4;
            if (hlen < 20 || end - off < hlen) {
                p.problem = "TCP header length " + hlen + " invalid";
                return;
            }
            p.protocol = proto;
            p.srcPort = Bytes.u16be(b, off);
            p.dstPort = Bytes.u16be(b, off + 2);
            p.seq = Bytes.u32be(b, off + 4);
            p.ack = Bytes.u32be(b, off + 8);
            p.tcpFlags = b[off + 13] & 0xff;
            p.bytes = b;
            p.payloadOffset = off + hlen;
            p.payloadLength = end - off - hlen;
        } else {
            p.protocol = proto;
            p.bytes = b;
            p.payloadOffset = off;
            p.payloadLength = end - off;
        }
    }
}
