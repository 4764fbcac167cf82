package org.siptrust.sip.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map in insertion order over one array of name/value pairs. A message holds a few
 * parameter lists of one to four entries each; a {@code LinkedHashMap} costs about 250 bytes for
 * that, this costs the array. Lookups are linear, which is faster than hashing at these sizes.
 */
final class ParamMap extends AbstractMap<String, String> {

    static final ParamMap EMPTY = new ParamMap(new String[0]);

    /** name0, value0, name1, value1, ...; names are distinct. */
    private final String[] pairs;

    ParamMap(String[] pairs) {
        this.pairs = pairs;
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    boolean namesAreTokens() {
        for (int i = 0; i < pairs.length; i += 2) {
            if (!HeaderNames.isToken(pairs[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return pairs.length / 2;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < pairs.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (i >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(pairs[i], pairs[i + 1]);
                        i += 2;
                        return e;
                    }
                };
            }
        };
    }
}
