package org.siptrust.ui.trust.internal.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.siptrust.trust.Profile;

/**
 * Where everything of a {@link HopGraph} goes under one profile: the elements in a row left to
 * right, each connection between neighbours as a horizontal arrow (several between the same two
 * elements one above the other), connections that skip elements routed below the row, and a
 * connection between two ports of one address as a loop above it. Each edge has a two-line label
 * (connection id and verdict; the reason in short) above its horizontal segment. Pure geometry: the
 * text is measured by the {@link TextMeasure} the painter will use.
 */
public final class GraphLayout {
    static final int MARGIN = 16;
    static final int PAD_X = 10;
    static final int PAD_Y = 7;
    static final int MIN_NODE_WIDTH = 150;
    static final int MIN_GAP = 90;
    static final int LOCK_WIDTH = 11;
    static final int ARROW = 11;
    static final int LABEL_PAD = 3;

    /** A rectangle. */
    public record Box(int x, int y, int width, int height) {
        public boolean contains(int px, int py) {
            return px >= x && py >= y && px < x + width && py < y + height;
        }

        public int centreX() {
            return x + width / 2;
        }

        public int centreY() {
            return y + height / 2;
        }

        public int right() {
            return x + width;
        }

        public int bottom() {
            return y + height;
        }
    }

    /** An element's box and text; the first {@code titleLines} lines are the title (bold). */
    public record NodeShape(GraphNode node, Box box, List<String> lines, int titleLines) {
    }

    /**
     * A connection's arrow: the path ends at the server (where the arrow head goes), the label lines
     * sit in {@code label}, the first {@code strongLines} of them in bold (connection id and verdict).
     */
    public record EdgeShape(GraphEdge edge, EdgeJudgement judgement, int[] path, Box label, List<String> labelLines,
            int strongLines) {
        public String id() {
            return edge.id();
        }

        /** The middle of the longest segment: a point on the line (to click it, or to look at its colour). */
        public int[] midpoint() {
            int best = 0;
            int bestLength = -1;
            for (int i = 0; i + 3 < path.length; i += 2) {
                int length = Math.abs(path[i + 2] - path[i]) + Math.abs(path[i + 3] - path[i + 1]);
                if (length > bestLength) {
                    bestLength = length;
                    best = i;
                }
            }
            return new int[] {(path[best] + path[best + 2]) / 2, (path[best + 1] + path[best + 3]) / 2};
        }

        /** Distance in pixels from a point to the line. */
        public double distance(int px, int py) {
            double d = Double.MAX_VALUE;
            for (int i = 0; i + 3 < path.length; i += 2) {
                d = Math.min(d, segmentDistance(px, py, path[i], path[i + 1], path[i + 2], path[i + 3]));
            }
            return d;
        }
    }

    private final HopGraph graph;
    private final Profile profile;
    private final List<NodeShape> nodes;
    private final List<EdgeShape> edges;
    private final List<String> caption;
    private final Box captionBox;
    private final int width;
    private final int height;

    private GraphLayout(HopGraph graph, Profile profile, List<NodeShape> nodes, List<EdgeShape> edges, List<String> caption,
            Box captionBox, int width, int height) {
        this.graph = graph;
        this.profile = profile;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.caption = List.copyOf(caption);
        this.captionBox = captionBox;
        this.width = width;
        this.height = height;
    }

    public HopGraph graph() {
        return graph;
    }

    public Profile profile() {
        return profile;
    }

    public List<NodeShape> nodes() {
        return nodes;
    }

    public List<EdgeShape> edges() {
        return edges;
    }

    /** The caption line pieces: the profile, then the legend words. */
    public List<String> caption() {
        return caption;
    }

    public Box captionBox() {
        return captionBox;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Optional<EdgeShape> edge(String connectionId) {
        return edges.stream().filter(e -> e.id().equals(connectionId)).findFirst();
    }

    /** The edge under a point (its line within a few pixels, or its label), nearest first; null if none. */
    public EdgeShape edgeAt(int x, int y) {
        EdgeShape best = null;
        double bestDistance = 7;
        for (EdgeShape e : edges) {
            double d = e.label().contains(x, y) ? 0 : e.distance(x, y);
            if (d <= bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    public NodeShape nodeAt(int x, int y) {
        for (NodeShape n : nodes) {
            if (n.box().contains(x, y)) {
                return n;
            }
        }
        return null;
    }

    // --- computing --------------------------------------------------------------------------------

    public static GraphLayout compute(HopGraph graph, Profile profile, TextMeasure measure) {
        int lineHeight = Math.max(measure.extent("Ag", false).height(), measure.extent("Ag", true).height());

        // caption: profile and legend, drawn by the painter on one line
        List<String> caption = List.of("Profile: " + profile.label(), "verified", "failing", "warning",
                "not TLS / not decrypted");
        int captionWidth = measure.extent(caption.get(0), true).width();
        for (int i = 1; i < caption.size(); i++) {
            captionWidth += 24 + LOCK_WIDTH + measure.extent(caption.get(i), false).width();
        }
        Box captionBox = new Box(MARGIN, MARGIN, captionWidth, lineHeight);
        int top = captionBox.bottom() + 14;

        // edge labels: the connection id and verdict on one line when that fits above the detail, else on two
        Map<GraphEdge, EdgeJudgement> judgements = new LinkedHashMap<>();
        Map<GraphEdge, List<String>> labels = new LinkedHashMap<>();
        Map<GraphEdge, Integer> strong = new LinkedHashMap<>();
        Map<GraphEdge, int[]> labelSizes = new LinkedHashMap<>();
        int labelHeight = 0;
        for (GraphEdge e : graph.edges()) {
            EdgeJudgement j = EdgeJudge.judge(e, profile);
            // a verified hop needs no second line (the matched name is in the panel and the tooltip)
            String detail = j.detail() == null || j.state() == EdgeState.VERIFIED ? "" : j.detail();
            int detailWidth = detail.isEmpty() ? 0 : measure.extent(detail, j.state() == EdgeState.FAILING).width();
            String oneLine = e.id() + "  " + j.headline();
            List<String> lines = new ArrayList<>();
            int bold;
            if (detail.isEmpty() || measure.extent(oneLine, true).width() <= detailWidth) {
                lines.add(oneLine);
                bold = 1;
            } else {
                lines.add(e.id());
                lines.add(j.headline());
                bold = 2;
            }
            if (!detail.isEmpty()) {
                lines.add(detail);
            }
            int w = 0;
            for (int i = 0; i < lines.size(); i++) {
                w = Math.max(w, measure.extent(lines.get(i), i < bold || j.state() == EdgeState.FAILING).width());
            }
            w += LOCK_WIDTH + 4;
            judgements.put(e, j);
            labels.put(e, lines);
            strong.put(e, bold);
            labelSizes.put(e, new int[] {w + 2 * LABEL_PAD, lines.size() * lineHeight + 2 * LABEL_PAD});
            labelHeight = Math.max(labelHeight, lines.size() * lineHeight + 2 * LABEL_PAD);
        }
        int laneStep = labelHeight + 12;

        // nodes: sizes; long names wrap after a dot
        int maxText = measure.extent("sip.atlanta.example.com", true).width();
        int n = graph.nodes().size();
        int[] nodeWidths = new int[n];
        int nodeHeight = 0;
        List<List<String>> nodeLines = new ArrayList<>();
        int[] titleLines = new int[n];
        for (GraphNode node : graph.nodes()) {
            List<String> logical = node.lines();
            List<String> lines = new ArrayList<>(wrap(logical.get(0), maxText, true, measure, ""));
            titleLines[node.index()] = lines.size();
            lines.add(logical.get(1));
            for (int i = 2; i < logical.size(); i++) {
                lines.addAll(wrap(logical.get(i), maxText, false, measure, "   "));
            }
            nodeLines.add(lines);
            int w = 0;
            for (int i = 0; i < lines.size(); i++) {
                w = Math.max(w, measure.extent(lines.get(i), i < titleLines[node.index()]).width());
            }
            nodeWidths[node.index()] = Math.max(MIN_NODE_WIDTH, w + 2 * PAD_X);
            nodeHeight = Math.max(nodeHeight, lines.size() * lineHeight + 2 * PAD_Y);
        }

        // edges between neighbours share the gap; the others go below or loop above
        Map<Integer, List<GraphEdge>> lanes = new LinkedHashMap<>();
        List<GraphEdge> below = new ArrayList<>();
        List<GraphEdge> loops = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            int span = Math.abs(e.server().index() - e.client().index());
            if (span == 0) {
                loops.add(e);
            } else if (span == 1) {
                lanes.computeIfAbsent(Math.min(e.server().index(), e.client().index()), k -> new ArrayList<>()).add(e);
            } else {
                below.add(e);
            }
        }
        int[] gaps = new int[Math.max(0, n - 1)];
        for (int i = 0; i < gaps.length; i++) {
            int need = MIN_GAP;
            for (GraphEdge e : lanes.getOrDefault(i, List.of())) {
                need = Math.max(need, labelSizes.get(e)[0] + 2 * 10 + ARROW);
            }
            gaps[i] = need;
            nodeHeight = Math.max(nodeHeight, lanes.getOrDefault(i, List.of()).size() * laneStep + 6);
        }
        for (GraphEdge e : below) {
            // a label below the row sits between the two ends
            int a = Math.min(e.client().index(), e.server().index());
            int b = Math.max(e.client().index(), e.server().index());
            int room = 0;
            for (int i = a; i < b; i++) {
                room += gaps[i] + (i > a ? nodeWidths[i] : 0);
            }
            if (room < labelSizes.get(e)[0] + 20) {
                gaps[a] += labelSizes.get(e)[0] + 20 - room;
            }
        }
        int loopSpace = loops.isEmpty() ? 0 : laneStep + 10;
        int rowTop = top + loopSpace;

        List<NodeShape> nodeShapes = new ArrayList<>();
        int x = MARGIN;
        Box[] boxes = new Box[n];
        for (GraphNode node : graph.nodes()) {
            int i = node.index();
            boxes[i] = new Box(x, rowTop, nodeWidths[i], nodeHeight);
            nodeShapes.add(new NodeShape(node, boxes[i], nodeLines.get(i), titleLines[i]));
            x += nodeWidths[i] + (i < gaps.length ? gaps[i] : 0);
        }
        int right = n == 0 ? MARGIN : boxes[n - 1].right();
        int centreY = rowTop + nodeHeight / 2;

        Map<GraphEdge, EdgeShape> shapes = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<GraphEdge>> lane : lanes.entrySet()) {
            List<GraphEdge> group = lane.getValue();
            int total = group.size() * laneStep;
            for (int k = 0; k < group.size(); k++) {
                GraphEdge e = group.get(k);
                int y = centreY - total / 2 + k * laneStep + labelHeight + 6;
                Box c = boxes[e.client().index()];
                Box s = boxes[e.server().index()];
                boolean rightwards = e.client().index() < e.server().index();
                int[] path = rightwards ? new int[] {c.right(), y, s.x(), y} : new int[] {c.x(), y, s.right(), y};
                int[] size = labelSizes.get(e);
                int mid = (path[0] + path[2]) / 2;
                Box label = new Box(mid - size[0] / 2, y - size[1] - 3, size[0], size[1]);
                shapes.put(e, new EdgeShape(e, judgements.get(e), path, label, labels.get(e), strong.get(e)));
            }
        }
        int rowBottom = rowTop + nodeHeight;
        List<int[]> levels = new ArrayList<>(); // intervals taken per level
        below.sort((p, q) -> Integer.compare(Math.abs(p.server().index() - p.client().index()),
                Math.abs(q.server().index() - q.client().index())));
        int deepest = -1;
        for (GraphEdge e : below) {
            int a = Math.min(e.client().index(), e.server().index());
            int b = Math.max(e.client().index(), e.server().index());
            int level = 0;
            while (level < levels.size() && overlaps(levels.get(level), a, b)) {
                level++;
            }
            if (level == levels.size()) {
                levels.add(new int[n]);
            }
            for (int i = a; i <= b; i++) {
                levels.get(level)[i]++;
            }
            deepest = Math.max(deepest, level);
            int y = rowBottom + (level + 1) * laneStep;
            Box c = boxes[e.client().index()];
            Box s = boxes[e.server().index()];
            int shift = 12 + 8 * level;
            int cx = c.centreX() + (e.client().index() < e.server().index() ? shift : -shift);
            int sx = s.centreX() + (e.client().index() < e.server().index() ? -shift : shift);
            int[] path = {cx, rowBottom, cx, y, sx, y, sx, rowBottom};
            int[] size = labelSizes.get(e);
            Box label = new Box((cx + sx) / 2 - size[0] / 2, y - size[1] - 3, size[0], size[1]);
            shapes.put(e, new EdgeShape(e, judgements.get(e), path, label, labels.get(e), strong.get(e)));
        }
        for (int k = 0; k < loops.size(); k++) {
            GraphEdge e = loops.get(k);
            Box b = boxes[e.client().index()];
            int y = rowTop - laneStep + 4 + k * 6;
            int[] path = {b.centreX() - 30, rowTop, b.centreX() - 30, y, b.centreX() + 30, y, b.centreX() + 30, rowTop};
            int[] size = labelSizes.get(e);
            Box label = new Box(b.centreX() + 36, y - 2, size[0], size[1]);
            shapes.put(e, new EdgeShape(e, judgements.get(e), path, label, labels.get(e), strong.get(e)));
        }
        List<EdgeShape> edgeShapes = new ArrayList<>();
        for (GraphEdge e : graph.edges()) {
            edgeShapes.add(shapes.get(e));
        }
        int width = Math.max(right, captionBox.right());
        for (EdgeShape s : edgeShapes) {
            width = Math.max(width, s.label().right());
        }
        int height = rowBottom + (deepest + 1) * laneStep + (deepest >= 0 ? 8 : 0);
        return new GraphLayout(graph, profile, nodeShapes, edgeShapes, caption, captionBox, width + MARGIN,
                height + MARGIN);
    }

    /**
     * Breaks {@code text} into lines no wider than {@code max}: at its last space when the rest fits
     * (proves / atlanta.example.com), else a host name after its first label when the rest fits
     * (alice-pc. / atlanta.example.com), else after the last dot or space that fits;
     * continuation lines start with {@code indent}. A part with no break that fits is cut with an ellipsis.
     */
    static List<String> wrap(String text, int max, boolean bold, TextMeasure measure, String indent) {
        List<String> out = new ArrayList<>();
        String rest = text;
        String prefix = "";
        while (!rest.isEmpty() && out.size() < 3) {
            String line = prefix + rest;
            if (measure.extent(line, bold).width() <= max) {
                out.add(line);
                return out;
            }
            int cut = -1;
            int firstDot = rest.indexOf('.');
            int space = rest.lastIndexOf(' ');
            if (space > 0 && measure.extent(indent + rest.substring(space + 1), bold).width() <= max
                    && measure.extent(prefix + rest.substring(0, space), bold).width() <= max) {
                cut = space + 1;
            } else if (firstDot > 0 && measure.extent(indent + rest.substring(firstDot + 1), bold).width() <= max
                    && measure.extent(prefix + rest.substring(0, firstDot + 1), bold).width() <= max) {
                cut = firstDot + 1;
            } else {
                for (int i = rest.length() - 1; i > 0; i--) {
                    char c = rest.charAt(i - 1);
                    if ((c == '.' || c == ' ' || c == ',') && measure.extent(prefix + rest.substring(0, i), bold).width() <= max) {
                        cut = i;
                        break;
                    }
                }
            }
            if (cut <= 0) {
                String s = rest;
                while (s.length() > 1 && measure.extent(prefix + s + "…", bold).width() > max) {
                    s = s.substring(0, s.length() - 1);
                }
                out.add(prefix + s + "…");
                return out;
            }
            out.add((prefix + rest.substring(0, cut)).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = indent;
        }
        if (!rest.isEmpty() && out.size() == 3) {
            out.set(2, out.get(2) + "…");
        }
        return out;
    }

    private static boolean overlaps(int[] taken, int a, int b) {
        for (int i = a; i <= b; i++) {
            if (taken[i] > 0) {
                return true;
            }
        }
        return false;
    }

    static double segmentDistance(int px, int py, int x1, int y1, int x2, int y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
        double cx = x1 + t * dx;
        double cy = y1 + t * dy;
        return Math.hypot(px - cx, py - cy);
    }
}
