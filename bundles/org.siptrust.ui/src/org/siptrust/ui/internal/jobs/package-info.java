/**
 * Long work off the UI thread: the Eclipse Job that runs an analysis, the bridge from the
 * analysis' own progress callback to Eclipse progress monitors (and cancel), and the way failures
 * reach the user as one sentence with the detail one click away.
 */
package org.siptrust.ui.internal.jobs;
