/** picocli command classes and the stderr progress line of the command line. */
package org.siptrust.cli.internal;
