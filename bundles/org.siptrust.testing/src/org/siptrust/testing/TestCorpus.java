package org.siptrust.testing;

import java.nio.file.Path;

/** The shared test corpus ({@code testdata/} at the repository root). */
public final class TestCorpus {
    private TestCorpus() {
    }

    /**
     * The corpus as the build passes it ({@code -Dsiptrust.testdata}); the default is right for a
     * test that runs in its fragment's folder, as Tycho does.
     */
    public static Path root() {
        return Path.of(System.getProperty("siptrust.testdata", "../../testdata"));
    }
}
