package org.siptrust.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pcap4j.packet.Packet;
import org.pcap4j.packet.factory.PacketFactories;
import org.pcap4j.packet.factory.statik.services.StaticPacketFactoryBinderProvider;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * The protocol layers of one frame as the workbench's details tree shows them (Ethernet, IPv4,
 * TCP, ..., then the payload), decoded by pcap4j. Immutable: a list of layers, each with its name,
 * where its header sits in the frame and its fields in wire order.
 *
 * <p>Inside OSGi pcap4j finds its packet factories through {@link java.util.ServiceLoader} with the
 * thread context class loader, which there is not the loader of the static factory bundle; pcap4j
 * then silently decodes every frame as "unknown data", for good, because it decides once when its
 * {@code PacketFactories} class initialises. {@link #decode} therefore initialises pcap4j with the
 * context class loader set to the static factory bundle's loader.
 */
public final class FrameLayers {

    /** One field of a layer, as a name and its value for humans ({@code Source port: 35011}). */
    public record Field(String name, String value) {
        @Override
        public String toString() {
            return name + ": " + value;
        }
    }

    /**
     * One protocol layer.
     *
     * @param name   short protocol name: {@code Ethernet}, {@code IPv4}, {@code TCP}, {@code Data}, ...
     * @param offset offset of the layer's first byte in the frame
     * @param length bytes the layer's header occupies ({@code Data}: the payload length)
     * @param fields the decoded fields, in the order pcap4j lists them
     */
    public record Layer(String name, int offset, int length, List<Field> fields) {
        public Layer {
            fields = List.copyOf(fields);
        }

        /** The value of the first field called {@code fieldName}, if present. */
        public Optional<String> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).map(Field::value).findFirst();
        }

        /** {@code TCP (32 bytes)}. */
        public String label() {
            return name + " (" + length + (length == 1 ? " byte)" : " bytes)");
        }
    }

    /** Payloads are named but not dumped here: the hex view shows the bytes. */
    private static final String HEX_STREAM = "Hex stream";

    private final List<Layer> layers;

    private FrameLayers(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The first layer called {@code name} ({@code IPv4}, {@code TCP}, ...). */
    public Optional<Layer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** Names of the layers, outermost first, e.g. {@code [Ethernet, IPv4, TCP, Data]}. */
    public List<String> names() {
        return layers.stream().map(Layer::name).toList();
    }

    @Override
    public String toString() {
        return String.join(" / ", names());
    }

    /**
     * Decodes {@code frame}. Never throws for bad bytes: what pcap4j cannot decode becomes a
     * {@code Data} or {@code Malformed} layer covering the rest of the frame.
     */
    public static FrameLayers decode(RawFrame frame) {
        byte[] data = frame.data();
        List<Layer> out = new ArrayList<>();
        if (data.length == 0) {
            return new FrameLayers(out);
        }
        Packet packet;
        try {
            packet = Pcap4j.factory().newInstance(data, 0, data.length, dataLinkType(frame.linkType()));
        } catch (RuntimeException e) {
            out.add(new Layer("Malformed", 0, data.length, List.of(new Field("Reason", String.valueOf(e.getMessage())))));
            return new FrameLayers(out);
        }
        int offset = 0;
        for (Packet p = packet; p != null && offset <= data.length; p = p.getPayload()) {
            Packet.Header h = p.getHeader();
            if (h == null) {
                // Payload without a header of its own (UnknownPacket, IllegalPacket): the rest.
                String kind = p.getClass().getSimpleName().startsWith("Illegal") ? "Malformed" : "Data";
                int len = Math.max(0, Math.min(p.length(), data.length - offset));
                out.add(new Layer(kind, offset, len, fieldsOf(p.toString(), kind.equals("Malformed"))));
                break;
            }
            int len = Math.max(0, Math.min(h.length(), data.length - offset));
            List<Field> fields = fieldsOf(h.toString(), false);
            out.add(new Layer(nameOf(h.toString(), p), offset, len, fields));
            offset += h.length();
        }
        return new FrameLayers(out);
    }

    /** Maps a capture file's LINKTYPE_ value to pcap4j's (which follows DLT_ values). */
    static DataLinkType dataLinkType(int linkType) {
        switch (linkType) {
            case 1:
                return DataLinkType.EN10MB;
            case 0:
            case 108:
                return DataLinkType.NULL;
            case 113:
                return DataLinkType.LINUX_SLL;
            case 12:
            case 14:
            case 101:
            case 228:
            case 229:
                return DataLinkType.RAW;
            default:
                return DataLinkType.getInstance(linkType);
        }
    }

    /** {@code [IPv4 Header (20 bytes)]} becomes {@code IPv4}. */
    private static String nameOf(String text, Packet p) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).trim();
        if (first.startsWith("[")) {
            first = first.substring(1);
        }
        int paren = first.indexOf(" (");
        if (paren > 0) {
            first = first.substring(0, paren);
        }
        if (first.endsWith(" Header")) {
            first = first.substring(0, first.length() - " Header".length());
        }
        first = first.replace("]", "").trim();
        if (first.isEmpty()) {
            first = p.getClass().getSimpleName().replace("Packet", "");
        }
        return first;
    }

    /**
     * pcap4j describes every header as {@code "[Name (n bytes)]"} followed by one
     * {@code "  Field: value"} line per field; this turns that listing into fields.
     */
    private static List<Field> fieldsOf(String text, boolean keepHex) {
        List<Field> fields = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 2).trim();
            if (name.equals(HEX_STREAM) && !keepHex) {
                continue;
            }
            if (value.startsWith("/") && name.endsWith("address")) {
                value = value.substring(1); // InetAddress.toString() of an address without host name
            }
            if (value.endsWith(" (unknown)")) {
                value = value.substring(0, value.length() - " (unknown)".length()); // a port pcap4j has no name for
            }
            fields.add(new Field(name, value));
        }
        return fields;
    }

    /**
     * Initialises pcap4j's factories once, with the context class loader pointing at the static
     * factory bundle so that its ServiceLoader finds the binder (outside OSGi this changes
     * nothing: the application class loader sees the same service file).
     */
    private static final class Pcap4j {
        private static final org.pcap4j.packet.factory.PacketFactory<Packet, DataLinkType> FACTORY = load();

        static org.pcap4j.packet.factory.PacketFactory<Packet, DataLinkType> factory() {
            return FACTORY;
        }

        private static org.pcap4j.packet.factory.PacketFactory<Packet, DataLinkType> load() {
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(StaticPacketFactoryBinderProvider.class.getClassLoader());
            try {
                return PacketFactories.getFactory(Packet.class, DataLinkType.class);
            } finally {
                t.setContextClassLoader(previous);
            }
        }
    }
}
