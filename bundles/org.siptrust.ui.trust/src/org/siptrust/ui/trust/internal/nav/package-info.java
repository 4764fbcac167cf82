/**
 * Navigation between the trust views and the rest of the workbench: revealing frames in the
 * capture editor, bringing views forward, and the selection provider the views publish through.
 */
package org.siptrust.ui.trust.internal.nav;
