/**
 * What the test fragments share and must not each write again: where the test corpus is
 * ({@link org.siptrust.testing.TestCorpus}), the tshark reference files read as plain maps and lists
 * ({@link org.siptrust.testing.JsonTree}), and tshark itself run as a second opinion
 * ({@link org.siptrust.testing.Tshark}). Test-only: the product feature does not contain this bundle.
 */
package org.siptrust.testing;
