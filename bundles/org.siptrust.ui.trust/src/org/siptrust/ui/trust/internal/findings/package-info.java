/**
 * The Findings view's rows: sorting, filtering and grouping by severity of the analysis findings,
 * kept apart from the widgets so the virtual table only asks for the row at an index.
 */
package org.siptrust.ui.trust.internal.findings;
