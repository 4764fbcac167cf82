package org.siptrust.dns;

import org.xbill.DNS.Name;

/** Owner name and type; dnsjava names compare case-insensitively, so this key does too. */
record RrsetKey(Name name, int type) {
}
