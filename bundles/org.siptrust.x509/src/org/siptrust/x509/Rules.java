package org.siptrust.x509;

import org.siptrust.core.RuleRef;

/** The clauses this bundle's findings rest on, in one place so messages and tests agree. */
final class Rules {

    private Rules() {
    }

    static final RuleRef PATH_VALIDATION = RuleRef.rfc(5280, "6.1");
    static final RuleRef ANCHOR = RuleRef.rfc(5280, "6.1.1");
    static final RuleRef SIGNATURE = RuleRef.rfc(5280, "6.1.3");
    static final RuleRef VALIDITY = RuleRef.rfc(5280, "6.1.3");
    static final RuleRef BASIC_CONSTRAINTS = RuleRef.rfc(5280, "4.2.1.9");
    static final RuleRef KEY_USAGE = RuleRef.rfc(5280, "4.2.1.3");
    static final RuleRef EXTENSIONS = RuleRef.rfc(5280, "4.2");
    static final RuleRef SERIAL = RuleRef.rfc(5280, "4.1.2.2");
    static final RuleRef VALIDITY_ENCODING = RuleRef.rfc(5280, "4.1.2.5");
    static final RuleRef VERSION = RuleRef.rfc(5280, "4.1.2.1");
    static final RuleRef SIGNATURE_FIELD = RuleRef.rfc(5280, "4.1.1.2");
    static final RuleRef AKI = RuleRef.rfc(5280, "4.2.1.1");
    static final RuleRef SKI = RuleRef.rfc(5280, "4.2.1.2");
    static final RuleRef SAN = RuleRef.rfc(5280, "4.2.1.6");
    /** The TLS certificate_list: each certificate certifies the one before it. */
    static final RuleRef CHAIN_ORDER = RuleRef.rfc(5246, "7.4.2");
    static final RuleRef SIP_VALIDITY = RuleRef.rfc(5922, "7.1");
    static final RuleRef SIP_IDENTITY = RuleRef.rfc(5922, "7.1");
    static final RuleRef SIP_MATCHING = RuleRef.rfc(5922, "7.2");
    static final RuleRef SIP_EKU = RuleRef.rfc(5924, "4.1");
    static final RuleRef GENERIC_TLS = RuleRef.rfc(9525, "6.3");
    static final RuleRef LENIENT = RuleRef.rfc(2818, "3.1");
    static final RuleRef WEAK_KEY = new RuleRef("NIST SP 800-131A Rev. 2", "3");
    static final RuleRef SHA1 = RuleRef.rfc(6194, null);
    static final RuleRef MD5 = RuleRef.rfc(6151, null);
    static final RuleRef MD2 = RuleRef.rfc(6149, null);
}
