/** Application, advisors and perspective of the RCP workbench. */
package org.siptrust.ui.internal;
