/**
 * The Messages page of the capture editor: a virtual, filterable, sortable table of every SIP
 * message of the analysis, and the selected message in detail below it.
 */
package org.siptrust.ui.flow.internal.messages;
