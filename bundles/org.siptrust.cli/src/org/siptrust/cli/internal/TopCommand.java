package org.siptrust.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code siptrust} without a known subcommand: prints usage. */
@Command(name = "siptrust", mixinStandardHelpOptions = true, version = "siptrust 0.1.0",
        description = "SIP Trust Workbench: decrypts SIP over TLS in captures and judges every hop's TLS identity.")
public final class TopCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
