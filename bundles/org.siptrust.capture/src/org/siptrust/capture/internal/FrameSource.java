package org.siptrust.capture.internal;

import java.io.IOException;
import java.util.List;

import org.siptrust.capture.RawFrame;
import org.siptrust.core.Finding;

/** A sequential reader of the packet records of one capture file. */
public interface FrameSource extends AutoCloseable {

    /** {@code pcap} or {@code pcapng}. */
    String format();

    /** The next frame, or null at the end of the file or where the file is damaged beyond reading. */
    RawFrame next() throws IOException;

    /** What could not be read ({@code capture-damaged} findings), filled while reading. */
    List<Finding> damage();

    /** TLS key log texts from pcapng Decryption Secrets Blocks (empty for pcap). */
    List<String> keyLogs();

    @Override
    void close() throws IOException;
}
