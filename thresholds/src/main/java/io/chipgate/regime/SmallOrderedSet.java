package io.chipgate.regime;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A set in insertion order, held as a list while small (a rule evaluation records a handful of citations and
 * missing inputs, where hashing costs more than a scan) and indexed by a hash set once it grows (a custom regime
 * may cite thousands of paragraphs). Not thread-safe: an evaluation is confined to one thread.
 */
final class SmallOrderedSet<E> extends AbstractSet<E> {
    /** Above this many elements, membership goes through a hash set. */
    static final int SCAN_LIMIT = 12;

    private final List<E> elements;
    private Set<E> index;

    SmallOrderedSet(int capacity) {
        this.elements = new ArrayList<>(capacity);
    }

    @Override
    public boolean contains(Object o) {
        if (index != null) {
            return index.contains(o);
        }
        for (int i = 0; i < elements.size(); i++) {
            Object e = elements.get(i);
            if (e == o || e.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean add(E e) {
        if (contains(e)) {
            return false;
        }
        elements.add(e);
        if (index != null) {
            index.add(e);
        } else if (elements.size() > SCAN_LIMIT) {
            index = new HashSet<>(elements);
        }
        return true;
    }

    @Override
    public Iterator<E> iterator() {
        Iterator<E> it = elements.iterator();
        return new Iterator<>() {
            private E last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                last = it.next();
                return last;
            }

            @Override
            public void remove() {
                it.remove();
                if (index != null) {
                    index.remove(last);
                }
            }
        };
    }

    @Override
    public void clear() {
        elements.clear();
        index = null;
    }

    @Override
    public int size() {
        return elements.size();
    }
}
