/**
 * The workbench shell: the RCP application, its window and perspective, the capture editor that
 * holds one analysis per capture, the key manager and the jobs that run analyses with progress and
 * cancel. Other UI bundles contribute views that read the active editor's analysis.
 */
package org.siptrust.ui;
