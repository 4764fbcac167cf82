/**
 * The headless command line: {@code siptrust analyze CAPTURE [options]} as specified in CLI.md,
 * with its exit codes (0 done, 1 --fail-on tripped, 2 usage, 3 unreadable input), progress on
 * stderr and the report on stdout or a file. {@link org.siptrust.cli.CommandLine#run} is plain Java
 * (tests call it); {@link org.siptrust.cli.HeadlessApplication} runs it inside Equinox.
 */
package org.siptrust.cli;
