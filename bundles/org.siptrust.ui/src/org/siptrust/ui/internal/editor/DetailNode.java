package org.siptrust.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.Connection;
import org.siptrust.capture.FrameIndex;
import org.siptrust.capture.FrameLayers;
import org.siptrust.capture.RawFrame;
import org.siptrust.core.Times;

/**
 * A line of the details tree: the frame itself, a protocol layer, or a field. Layers know which
 * bytes of the frame they cover, so selecting one highlights them in the hex view.
 */
public record DetailNode(String label, int offset, int length, List<DetailNode> children) {

    public DetailNode {
        children = List.copyOf(children);
    }

    static DetailNode leaf(String label) {
        return new DetailNode(label, -1, 0, List.of());
    }

    public boolean hasRange() {
        return offset >= 0 && length > 0;
    }

    /** The tree of frame {@code number}: frame facts, the analysis' note and connection, then every layer. */
    public static List<DetailNode> of(Analysis analysis, RawFrame frame) {
        FrameIndex index = analysis.capture().frameIndex();
        long n = frame.number();
        List<DetailNode> frameFacts = new ArrayList<>();
        frameFacts.add(leaf("Arrival time: " + Times.iso(frame.timeNanos())));
        frameFacts.add(leaf("Time since first frame: " + FrameTableModel.relativeTime(frame.timeNanos() - index.time(1)) + " s"));
        frameFacts.add(leaf("Frame length: " + index.wireLength(n) + " bytes"));
        frameFacts.add(leaf("Capture length: " + frame.data().length + " bytes"));
        frameFacts.add(leaf("Link type: " + frame.linkType()));
        List<DetailNode> roots = new ArrayList<>();
        roots.add(new DetailNode("Frame " + n + ": " + index.wireLength(n) + " bytes on wire, " + frame.data().length
                + " bytes captured", 0, frame.data().length, frameFacts));
        Analysis.FrameNote note = analysis.frameNote(n);
        analysis.connectionOfFrame(n).ifPresent(c -> roots.add(connection(c)));
        if (note != null) {
            roots.add(new DetailNode("Analysis: " + note.protocol(), -1, 0, List.of(leaf(note.info()))));
        }
        for (FrameLayers.Layer l : FrameLayers.decode(frame).layers()) {
            List<DetailNode> fields = new ArrayList<>();
            for (FrameLayers.Field f : l.fields()) {
                fields.add(new DetailNode(f.toString(), l.offset(), l.length(), List.of()));
            }
            roots.add(new DetailNode(l.label(), l.offset(), l.length(), fields));
        }
        return roots;
    }

    private static DetailNode connection(Connection c) {
        List<DetailNode> facts = new ArrayList<>();
        facts.add(leaf("Client: " + c.client()));
        facts.add(leaf("Server: " + c.server()));
        facts.add(leaf("Frames: " + c.frames().size() + " (" + c.firstFrame() + "–" + c.lastFrame() + ")"));
        if (c.isTls()) {
            facts.add(leaf("TLS: " + c.tls().version() + ", " + (c.tls().decrypted() ? "decrypted" : "not decrypted")));
        }
        return new DetailNode("Connection " + c.label(), -1, 0, facts);
    }

    @Override
    public String toString() {
        return label;
    }
}
