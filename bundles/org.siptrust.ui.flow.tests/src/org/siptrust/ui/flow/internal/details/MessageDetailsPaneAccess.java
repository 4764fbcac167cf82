package org.siptrust.ui.flow.internal.details;

import org.eclipse.swt.graphics.Color;

/** The colours the details pane uses, for tests in other packages. */
public final class MessageDetailsPaneAccess {
    private MessageDetailsPaneAccess() {
    }

    public static Color routingName() {
        return MessageDetailsPane.ROUTING_NAME;
    }

    public static Color headerName() {
        return MessageDetailsPane.HEADER_NAME;
    }
}
