/**
 * Short paraphrases of the RFC clauses the verdicts and findings cite, built in so an engineer can
 * read what a rule requires without leaving the workbench (and without network access).
 */
package org.siptrust.ui.trust.internal.rules;
