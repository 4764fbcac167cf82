/**
 * The capture editor's machinery and its own pages: the virtual Frames table with its lazy row
 * decoder and cache, the details tree and hex view, the Connections table, the status sentence,
 * page contributions from the extension point, selection forwarding and capture drops.
 */
package org.siptrust.ui.internal.editor;
