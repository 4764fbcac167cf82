/**
 * The details of one SIP message as the Messages and Ladder pages show them: the raw text with its
 * start line and header names highlighted, and a tree of the parsed headers (Via fields, URIs,
 * tags, CSeq, the body) whose nodes point back at their lines in the raw text.
 */
package org.siptrust.ui.flow.internal.details;
