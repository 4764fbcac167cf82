package org.siptrust.ui.trust.internal.panel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.siptrust.analysis.Analysis;
import org.siptrust.analysis.CertificateRecord;
import org.siptrust.analysis.TlsFacts;
import org.siptrust.core.Finding;
import org.siptrust.core.Severity;
import org.siptrust.trust.Hop;
import org.siptrust.trust.HopCheck;
import org.siptrust.trust.Profile;
import org.siptrust.trust.ReferenceIdentity;
import org.siptrust.trust.Verdict;
import org.siptrust.ui.trust.internal.graph.EdgeJudge;
import org.siptrust.ui.trust.internal.graph.EdgeJudgement;
import org.siptrust.ui.trust.internal.graph.EdgeState;
import org.siptrust.ui.trust.internal.graph.GraphEdge;
import org.siptrust.ui.trust.internal.graph.Palette;
import org.siptrust.ui.trust.internal.rules.RfcExcerpts;

/**
 * The hop panel: for the selected edge, a summary that answers "why this colour" at once (the
 * verdict under the selected profile, its reason and the text of the rules it cites, the reference
 * identity and where it came from, the presented identities, the findings), links to the
 * certificates and frames, and tabs with the verdict under every profile, the text of every rule
 * cited on the hop, and the requests judged on it (double-click selects the frame).
 */
public final class HopPanel extends Composite {

    /** Where the panel's links lead; the view implements it. */
    public interface Actions {
        void showFrames(List<Long> frames);

        void showCertificate(CertificateRecord certificate);
    }

    static final String[] VERDICT_TITLES = {"Profile", "Result", "Rules", "Explanation"};
    static final String[] CHECK_TITLES = {"Frame", "Request", "Direction", "Reference", "Source", "Verdict", "Rules"};

    private final Actions actions;
    private final StyledText summary;
    private final Link links;
    private final CTabFolder tabs;
    private final Table verdicts;
    private final StyledText rules;
    private final Table checks;
    private final CTabItem checksTab;
    private Analysis analysis;
    private GraphEdge edge;
    private Profile profile = Profile.RFC5922;
    private List<HopCheck> rows = List.of();

    public HopPanel(Composite parent, Actions actions) {
        super(parent, SWT.NONE);
        this.actions = actions;
        setLayout(new FillLayout());
        tabs = new CTabFolder(this, SWT.TOP | SWT.BORDER | SWT.FLAT);

        Composite why = new Composite(tabs, SWT.NONE);
        GridLayout whyLayout = new GridLayout(1, false);
        whyLayout.marginWidth = 0;
        whyLayout.marginHeight = 0;
        whyLayout.verticalSpacing = 2;
        why.setLayout(whyLayout);
        summary = new StyledText(why, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        summary.setMargins(6, 4, 6, 4);
        summary.setCaret(null);
        links = new Link(why, SWT.NONE);
        GridData linkData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        linkData.horizontalIndent = 6;
        links.setLayoutData(linkData);
        links.addListener(SWT.Selection, e -> follow(e.text));
        CTabItem whyTab = new CTabItem(tabs, SWT.NONE);
        whyTab.setText("Why");
        whyTab.setToolTipText("The verdict of the selected hop, its reason and the rule it rests on");
        whyTab.setControl(why);

        verdicts = table(tabs, VERDICT_TITLES, new int[] {190, 120, 190, 600}, SWT.NONE);
        CTabItem verdictTab = new CTabItem(tabs, SWT.NONE);
        verdictTab.setText("Profiles");
        verdictTab.setToolTipText("The verdict of the hop under every profile, side by side");
        verdictTab.setControl(verdicts);
        rules = new StyledText(tabs, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        rules.setMargins(6, 4, 6, 4);
        rules.setCaret(null);
        CTabItem rulesTab = new CTabItem(tabs, SWT.NONE);
        rulesTab.setText("RFC text");
        rulesTab.setToolTipText("What each clause cited on this hop requires (paraphrased)");
        rulesTab.setControl(rules);
        checks = table(tabs, CHECK_TITLES, new int[] {60, 330, 80, 190, 240, 130, 200}, SWT.VIRTUAL);
        checks.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = checks.indexOf(item);
            if (index >= 0 && index < rows.size()) {
                fillCheck(item, rows.get(index));
            }
        });
        checks.addListener(SWT.DefaultSelection, e -> openCheck());
        checksTab = new CTabItem(tabs, SWT.NONE);
        checksTab.setText("Requests");
        checksTab.setToolTipText("Every request judged on this hop; double-click selects its frame");
        checksTab.setControl(checks);
        tabs.setSelection(whyTab);
        show(null, null, profile);
    }

    private static Table table(Composite parent, String[] titles, int[] widths, int style) {
        Table t = new Table(parent, style | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
            c.setMoveable(true);
        }
        return t;
    }

    // --- API ----------------------------------------------------------------------------------------

    /** Shows {@code e} of {@code a} judged under {@code p}; null edge: a hint to click one. */
    public void show(Analysis a, GraphEdge e, Profile p) {
        analysis = a;
        edge = e;
        profile = p;
        fillSummary();
        fillLinks();
        fillVerdicts();
        fillRules();
        rows = e == null || e.hop() == null ? List.of() : e.hop().checks();
        checks.clearAll();
        checks.setItemCount(rows.size());
        checksTab.setText("Requests (" + rows.size() + ")");
    }

    public GraphEdge edge() {
        return edge;
    }

    /** The summary as plain text (what the user reads first). */
    public String summaryText() {
        return summary.getText();
    }

    public String rulesText() {
        return rules.getText();
    }

    public String linksText() {
        return links.getText();
    }

    /** The row of links under the summary (certificates, frames, evidence). */
    public Link linkRow() {
        return links;
    }

    public String linksToolTip() {
        return links.getToolTipText();
    }

    public Table verdictTable() {
        return verdicts;
    }

    public Table checksTable() {
        return checks;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    // --- summary -----------------------------------------------------------------------------------

    private Color colour(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private void fillSummary() {
        StyledTextBuilder s = new StyledTextBuilder();
        Color grey = colour(Palette.SECONDARY_TEXT);
        if (edge == null) {
            s.italic(analysis == null ? "No hop selected." : "Click an edge of the graph to see why it has its colour: "
                    + "the reference identity, the presented identities, the verdict under every profile and the RFC text.", grey);
            s.applyTo(summary);
            return;
        }
        EdgeJudgement j = EdgeJudge.judge(edge, profile);
        Color stateColour = colour(Palette.of(j.state()));
        s.coloured(j.text(), stateColour, true);
        if (!j.rules().isEmpty()) {
            s.plain("   ").bold(String.join(" · ", j.rules()));
        }
        s.line();
        s.plain(j.reason()).coloured("  — under " + profile.label(), grey, false).line();
        for (String rule : j.rules()) {
            s.bold(rule).plain(" — ").italic(RfcExcerpts.of(rule).orElse("no excerpt built in; see the RFC."), null).line();
        }
        s.line();
        Hop hop = edge.hop();
        ReferenceIdentity ref = j.reference() != null ? j.reference() : hop == null ? null : hop.reference();
        if (ref != null) {
            s.bold("Reference identity: ").plain(ref.name() + (ref.ipLiteral() ? " (IP literal)" : "")).line();
            s.plain("   from: ").plain(ref.source()).plain(ref.frame() > 0 ? " in frame " + ref.frame() : "").line();
            if (ref.note() != null && !ref.note().isEmpty()) {
                s.plain("   ").italic(ref.note(), grey).line();
            }
            if (hop != null && hop.reference() != null && !hop.reference().equals(ref)) {
                s.plain("   (the first request on the hop used " + hop.reference().name() + " from "
                        + hop.reference().source() + ")").line();
            }
        }
        if (hop != null) {
            s.bold("Presented identities: ");
            s.plain(hop.presentedIdentities().isEmpty() ? "none (no server certificate, or no SIP identity in it)"
                    : String.join("; ", hop.presentedIdentities())).line();
        }
        if (!edge.findings().isEmpty()) {
            s.bold("Findings on this hop:").line();
            for (Finding f : edge.findings()) {
                int c = f.severity() == Severity.ERROR ? Palette.RED
                        : f.severity() == Severity.WARNING ? Palette.AMBER : Palette.SECONDARY_TEXT;
                String mark = f.severity() == Severity.ERROR ? EdgeJudge.CROSS
                        : f.severity() == Severity.WARNING ? EdgeJudge.WARN : "i";
                s.plain("   ").coloured(mark + " " + f.id(), colour(c), true)
                        .plain(f.rule() == null ? "" : " (" + f.rule() + ")").plain(": " + f.message()).line();
            }
        }
        s.line().bold(edge.label()).line();
        s.coloured(connectionLine(), grey, false);
        s.applyTo(summary);
    }

    private String connectionLine() {
        StringBuilder s = new StringBuilder(edge.connection().transport().toUpperCase(java.util.Locale.ROOT)).append(' ')
                .append(edge.connection().client()).append(" → ").append(edge.connection().server());
        TlsFacts tls = edge.connection().tls();
        if (tls != null) {
            s.append(" · ").append(tls.version() == null ? "TLS" : tls.version());
            if (tls.cipherSuiteName() != null) {
                s.append(' ').append(tls.cipherSuiteName());
            }
            s.append(" · SNI ").append(tls.sni() == null ? "none" : tls.sni());
            s.append(" · ").append(tls.decrypted() ? "decrypted" : "not decrypted");
            if (tls.certificateRequested()) {
                s.append(" · mutual TLS requested");
            }
        }
        return s.toString();
    }

    // --- links -------------------------------------------------------------------------------------

    private void fillLinks() {
        List<String> parts = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        if (edge != null && analysis != null) {
            Hop hop = edge.hop();
            if (hop != null) {
                certificateLink(parts, tips, "Server", hop.serverCertificate());
                certificateLink(parts, tips, "Client", hop.clientCertificate());
            }
            parts.add("<a href=\"frames\">" + edge.connection().frames().size() + " frames</a>");
            TlsFacts tls = edge.connection().tls();
            if (tls != null && tls.clientHelloFrame() > 0) {
                parts.add("<a href=\"frame:" + tls.clientHelloFrame() + "\">ClientHello</a>");
            }
            EdgeJudgement j = EdgeJudge.judge(edge, profile);
            if (j.frame() > 0) {
                parts.add("<a href=\"frame:" + j.frame() + "\">evidence (frame " + j.frame() + ")</a>");
            }
        }
        links.setText(String.join("  ·  ", parts));
        links.setToolTipText(tips.isEmpty() ? null : String.join("\n", tips));
        links.getParent().layout(true, true);
    }

    private void certificateLink(List<String> parts, List<String> tips, String role, String sha256) {
        if (sha256 == null) {
            parts.add(role.toLowerCase(java.util.Locale.ROOT) + " certificate: none");
            return;
        }
        CertificateRecord r = analysis.certificate(sha256).orElse(null);
        String status = r == null || r.validation() == null ? "" : " (" + r.validation().status() + ")";
        parts.add("<a href=\"cert:" + sha256 + "\">" + role + " certificate" + status + "</a>");
        tips.add(role + " certificate " + (r == null ? "" : r.info().subject() + ", ") + "SHA-256 " + sha256);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&&").replace("<", "&lt;");
    }

    private void follow(String href) {
        if (edge == null || analysis == null || href == null) {
            return;
        }
        if (href.equals("frames")) {
            actions.showFrames(edge.connection().frames());
        } else if (href.startsWith("frame:")) {
            actions.showFrames(List.of(Long.parseLong(href.substring(6))));
        } else if (href.startsWith("cert:")) {
            analysis.certificate(href.substring(5)).ifPresent(actions::showCertificate);
        }
    }

    // --- tabs --------------------------------------------------------------------------------------

    private void fillVerdicts() {
        verdicts.removeAll();
        if (edge == null || edge.hop() == null) {
            return;
        }
        for (Profile p : Profile.values()) {
            Verdict v = edge.hop().worst(p);
            TableItem item = new TableItem(verdicts, SWT.NONE);
            item.setText(new String[] {p.label() + (p == profile ? "  ◀" : ""), v == null ? "" : v.result(),
                    v == null ? "" : String.join(", ", v.rules()), v == null ? "" : v.explanation()});
            item.setData(p);
            EdgeState state = EdgeJudge.judge(edge, p).state();
            item.setForeground(1, colour(Palette.of(state)));
            if (p == profile) {
                item.setFont(0, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
        }
    }

    private void fillRules() {
        StyledTextBuilder s = new StyledTextBuilder();
        Set<String> cited = new LinkedHashSet<>();
        if (edge != null) {
            cited.addAll(EdgeJudge.judge(edge, profile).rules());
            if (edge.hop() != null) {
                for (Profile p : Profile.values()) {
                    Verdict v = edge.hop().worst(p);
                    if (v != null) {
                        cited.addAll(v.rules());
                    }
                }
            }
            for (Finding f : edge.findings()) {
                if (f.rule() != null) {
                    cited.add(f.rule().toString());
                }
            }
        }
        if (cited.isEmpty()) {
            s.italic("No rule cited.", colour(Palette.SECONDARY_TEXT));
        }
        for (String rule : cited) {
            s.bold(rule).line().plain(RfcExcerpts.of(rule).orElse("No excerpt built in; see the RFC.")).line().line();
        }
        s.applyTo(rules);
    }

    private void fillCheck(TableItem item, HopCheck c) {
        Verdict v = c.verdict(profile);
        ReferenceIdentity ref = c.reference();
        item.setText(new String[] {String.valueOf(c.frame()), c.summary(), c.reverse() ? "reverse" : "forward",
                ref == null ? "" : ref.name(), ref == null ? "" : ref.source(), v == null ? "" : v.result(),
                v == null ? "" : String.join(", ", v.rules())});
        if (v != null) {
            int rgb = v.isFailure() ? Palette.RED : v.isMatch() ? Palette.GREEN : Palette.SECONDARY_TEXT;
            item.setForeground(5, colour(rgb));
        }
    }

    private void openCheck() {
        int index = checks.getSelectionIndex();
        if (index >= 0 && index < rows.size()) {
            actions.showFrames(List.of(rows.get(index).frame()));
        }
    }

    /** Selects the requests row at {@code index} and opens it as a double-click does (for keyboard and tests). */
    public void openCheck(int index) {
        checks.setSelection(index);
        openCheck();
    }

    @Override
    public boolean setFocus() {
        Control c = tabs.getSelection() == null ? summary : tabs.getSelection().getControl();
        return c.setFocus();
    }
}
