package dev.backendaudit.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable list that grows at its end in constant time and shares everything said before: the
 * memory of a sentence. Two steps taken from one shared step extend the same chain into two
 * independent ones, so neither sees what the other said.
 *
 * @param <T> what the chain holds
 */
final class Chain<T> {

    private static final Chain<Object> EMPTY = new Chain<>(null, null, 0);

    private final T last;
    private final Chain<T> before;
    private final int size;

    private Chain(T last, Chain<T> before, int size) {
        this.last = last;
        this.before = before;
        this.size = size;
    }

    /** The empty chain. */
    @SuppressWarnings("unchecked")
    static <T> Chain<T> empty() {
        return (Chain<T>) EMPTY;
    }

    /** This chain with {@code item} at its end; this chain is unchanged. */
    Chain<T> with(T item) {
        return new Chain<>(item, this, size + 1);
    }

    /** This chain with every item of {@code items} at its end, in their order. */
    Chain<T> withAll(Iterable<? extends T> items) {
        Chain<T> result = this;
        for (T item : items) {
            result = result.with(item);
        }
        return result;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The items, last said first, without copying them. */
    Iterable<T> newestFirst() {
        return () -> new java.util.Iterator<>() {
            private Chain<T> link = Chain.this;

            @Override
            public boolean hasNext() {
                return link.size > 0;
            }

            @Override
            public T next() {
                if (link.size == 0) {
                    throw new java.util.NoSuchElementException();
                }
                T item = link.last;
                link = link.before;
                return item;
            }
        };
    }

    /** The items, first said first. */
    List<T> toList() {
        List<T> items = new ArrayList<>(size);
        for (Chain<T> link = this; link.size > 0; link = link.before) {
            items.add(link.last);
        }
        Collections.reverse(items);
        return items;
    }
}
