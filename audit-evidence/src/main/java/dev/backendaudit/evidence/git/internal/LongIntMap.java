package dev.backendaudit.evidence.git.internal;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int counts: change coupling counts file pairs, of which
 * a long history has millions, and boxed map entries would cost several times the memory.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        keys = new long[1024];
        values = new int[1024];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds one to the count of {@code key}. */
    void increment(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(keys, key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        values[slot]++;
    }

    /** Calls {@code visitor} with every key and its count. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    /** Receives entries. */
    interface Visitor {
        void visit(long key, int value);
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) (mix(key) & mask);
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
