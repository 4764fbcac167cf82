/**
 * The one entry point of the analysis: {@link org.siptrust.analysis.Analyzer#analyze} reads a
 * capture with its key material and runs every stage (capture, TLS, SIP, certificates, DNS,
 * trust), returning an immutable {@link org.siptrust.analysis.Analysis} that the command line,
 * the reports and the workbench views all read. Plain Java: no UI, no Eclipse runtime.
 */
package org.siptrust.analysis;
