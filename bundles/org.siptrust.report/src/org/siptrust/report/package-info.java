/**
 * Renderings of an {@link org.siptrust.analysis.Analysis}: the JSON report (the stable contract of
 * CLI.md, written with Jackson's streaming generator), a text report for terminals and a
 * self-contained HTML report. Reports never contain key material.
 */
package org.siptrust.report;
