package org.siptrust.capture;

import java.io.BufferedOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.siptrust.capture.internal.FrameSource;

/**
 * Writes a copy of a capture as pcapng with a TLS key log embedded in a Decryption Secrets Block
 * (pcapng §4.7, secrets type 0x544c534b), so a colleague can open it in Wireshark (or here) with no
 * key file. Frames are copied in order with nanosecond timestamps, one interface per link type.
 * Only called when the user asks for it: this is the one place key material leaves memory.
 */
public final class PcapngSecretsWriter {
    private static final int TLS_KEY_LOG = 0x544c534b;

    private PcapngSecretsWriter() {
    }

    /** Copies {@code source} to {@code out} with {@code keyLog} (NSS key log text) embedded. Returns the frames written. */
    public static long write(Path source, Path out, String keyLog) throws IOException, CaptureFormatException {
        Map<Integer, Integer> interfaces = new LinkedHashMap<>();
        long n = 0;
        try (FrameSource in = CaptureLoader.open(new BufferedInputStream(Files.newInputStream(source), 1 << 16));
                OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            o.write(block(0x0A0D0D0A, sectionHeaderBody()));
            byte[] secrets = keyLog.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer dsb = le(8 + pad(secrets.length));
            dsb.putInt(TLS_KEY_LOG).putInt(secrets.length).put(secrets);
            RawFrame f;
            boolean secretsWritten = false;
            while ((f = in.next()) != null) {
                Integer itf = interfaces.get(f.linkType());
                if (itf == null) {
                    itf = interfaces.size();
                    interfaces.put(f.linkType(), itf);
                    o.write(block(1, interfaceBody(f.linkType())));
                }
                if (!secretsWritten) {
                    // after the first interface, as editcap --inject-secrets does
                    o.write(block(10, dsb.array()));
                    secretsWritten = true;
                }
                byte[] data = f.data();
                ByteBuffer epb = le(20 + pad(data.length));
                long ts = f.timeNanos();
                epb.putInt(itf).putInt((int) (ts >>> 32)).putInt((int) ts).putInt(data.length).putInt(f.origLength()).put(data);
                o.write(block(6, epb.array()));
                n++;
            }
            if (!secretsWritten) {
                o.write(block(10, dsb.array()));
            }
        }
        return n;
    }

    private static byte[] sectionHeaderBody() {
        ByteBuffer b = le(16);
        b.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        return b.array();
    }

    private static byte[] interfaceBody(int linkType) {
        ByteBuffer b = le(8 + 8 + 4);
        b.putShort((short) linkType).putShort((short) 0).putInt(262144);
        b.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]); // if_tsresol = 10^-9
        b.putInt(0); // opt_endofopt
        return b.array();
    }

    private static byte[] block(int type, byte[] body) {
        int total = 12 + body.length;
        ByteBuffer b = le(total);
        b.putInt(type).putInt(total).put(body).putInt(total);
        return b.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }
}
