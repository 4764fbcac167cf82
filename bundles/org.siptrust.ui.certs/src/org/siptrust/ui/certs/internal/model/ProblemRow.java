package org.siptrust.ui.certs.internal.model;

import org.siptrust.core.Severity;

/**
 * One line of the "Lint and validation" table.
 *
 * @param kind     {@code lint} (static checks of the certificate) or {@code validation} (the chain at the evaluation time)
 * @param severity how bad
 * @param id       the lint id or validation problem code
 * @param rule     the clause it rests on, or empty
 * @param message  one sentence
 * @param subject  the certificate the line is about (a validation problem may concern an issuer)
 */
public record ProblemRow(String kind, Severity severity, String id, String rule, String message, String subject) {
}
