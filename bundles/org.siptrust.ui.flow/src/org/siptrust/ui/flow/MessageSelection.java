package org.siptrust.ui.flow;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.viewers.StructuredSelection;
import org.siptrust.analysis.Analysis;
import org.siptrust.sip.SipMessage;
import org.siptrust.ui.AnalysisSelection;

/**
 * SIP messages selected in the Messages or Ladder page; the elements are {@link SipMessage}s. Views
 * that do not know messages follow it through {@link #frames()}: the frame of each message (the frame
 * of its last byte, as tshark reports it).
 */
public final class MessageSelection extends StructuredSelection implements AnalysisSelection {
    private final Analysis analysis;
    private final List<SipMessage> messages;

    public MessageSelection(Analysis analysis, List<SipMessage> messages) {
        super(List.copyOf(messages));
        this.analysis = analysis;
        this.messages = List.copyOf(messages);
    }

    public static MessageSelection of(Analysis analysis, SipMessage message) {
        return new MessageSelection(analysis, List.of(message));
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    public List<SipMessage> messages() {
        return messages;
    }

    /** The first selected message, or null. */
    public SipMessage first() {
        return messages.isEmpty() ? null : messages.get(0);
    }

    @Override
    public List<Long> frames() {
        TreeSet<Long> frames = new TreeSet<>();
        messages.forEach(m -> frames.add(m.frame()));
        return List.copyOf(frames);
    }
}
