package org.siptrust.capture.internal;

/**
 * The network and transport facts of one frame, as decoded by {@link PacketDecoder}. The payload
 * is a view into {@code bytes} at {@code [payloadOffset, payloadOffset + payloadLength)}.
 */
public final class DecodedPacket {
    public static final int TCP = 6;
    public static final int UDP = 17;

    public long frame;
    public long timeNanos;
    public int ipVersion;
    public String src;
    public String dst;
    /** IP protocol number of the transport (6, 17, ...), or -1 when the frame is not IP. */
    public int protocol = -1;
    public int srcPort;
    public int dstPort;
    public long seq;
    public long ack;
    public int tcpFlags;
    public byte[] bytes;
    public int payloadOffset;
    public int payloadLength;
    /** True when this frame held an IP fragment that did not complete a datagram. */
    public boolean fragmentPending;
    /** Why decoding stopped early (malformed header), or null. */
    public String problem;

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int ACK = 0x10;

    public boolean has(int flag) {
        return (tcpFlags & flag) != 0;
    }
}
