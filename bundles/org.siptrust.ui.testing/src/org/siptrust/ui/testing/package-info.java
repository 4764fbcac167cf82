/**
 * What the UI test fragments share (fragments cannot depend on each other): driving the real
 * workbench from a test on the UI thread ({@link org.siptrust.ui.testing.Workbench}: wait by
 * running the event loop, open captures, take screenshots) and opening corpus scenarios with their
 * keys ({@link org.siptrust.ui.testing.Scenarios}). Test-only: the product feature does not
 * contain this bundle.
 */
package org.siptrust.ui.testing;
