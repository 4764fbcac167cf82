/**
 * What the File menu, the key bindings, drops and the command line do: open a capture (with the key
 * material remembered for it), the list of recent captures, the Keys dialog and re-analysis
 * commands, and the restoring of capture editors when the workbench starts again.
 */
package org.siptrust.ui.internal.handlers;
