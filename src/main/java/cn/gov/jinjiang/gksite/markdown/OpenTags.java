package cn.gov.jinjiang.gksite.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements raw HTML has opened in one Markdown block, innermost last, with what one piece of HTML changed in
 * it so far, so that a piece that is refused can be taken back. Every step is O(1) (a pop is paid for by its
 * push): a page of ten thousand open tags and ten thousand end tags costs as much as its length.
 */
final class OpenTags {
    /** Marks a push in the journal; any other entry is a name that was popped. */
    private static final String PUSHED = "\0push";

    private final Deque<String> stack = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> journal = new ArrayList<>();

    void push(String name) {
        add(name);
        journal.add(PUSHED);
    }

    boolean has(String name) {
        return counts.containsKey(name);
    }

    /** Closes {@code name} and every element opened inside it, as a browser does at its end tag. */
    void closeTo(String name) {
        String popped;
        do {
            popped = remove();
            journal.add(popped);
        } while (!popped.equals(name));
    }

    /** Keeps what the current piece changed. */
    void commit() {
        journal.clear();
    }

    /** Takes back what the current piece changed. */
    void undo() {
        for (int i = journal.size() - 1; i >= 0; i--) {
            String entry = journal.get(i);
            if (entry.equals(PUSHED)) {
                remove();
            } else {
                add(entry);
            }
        }
        journal.clear();
    }

    private void add(String name) {
        stack.addLast(name);
        counts.merge(name, 1, Integer::sum);
    }

    private String remove() {
        String name = stack.removeLast();
        counts.computeIfPresent(name, (k, v) -> v == 1 ? null : v - 1);
        return name;
    }
}
