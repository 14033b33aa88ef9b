package cn.gov.jinjiang.gksite.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The elements raw HTML has opened in one Markdown block, innermost last, with what one piece of HTML changed in
 * it so far, so that a piece that is refused can be taken back. Every step is O(1) (a pop is paid for by its
 * push): a page of ten thousand open tags and ten thousand end tags costs as much as its length.
 */
final class OpenTags {
    /** An open element: its name and the offset of its start tag in the page's body. */
    record Open(String name, int at) {}

    /** Marks a push in the journal; any other entry is an element that was popped. */
    private static final Open PUSHED = new Open("", -1);

    private final Deque<Open> stack = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Open> journal = new ArrayList<>();
    private IntUnaryOperator where = IntUnaryOperator.identity();

    /** How offsets into the piece about to be checked map to offsets in the body. */
    void piece(IntUnaryOperator offsets) {
        where = offsets;
    }

    /** An element opened at {@code at} in the current piece. */
    void push(String name, int at) {
        add(new Open(name, at < 0 ? -1 : where.applyAsInt(at)));
        journal.add(PUSHED);
    }

    /** The elements still open, outermost first. */
    List<Open> open() {
        return List.copyOf(stack);
    }

    boolean has(String name) {
        return counts.containsKey(name);
    }

    /** Closes {@code name} and every element opened inside it, as a browser does at its end tag. */
    void closeTo(String name) {
        Open popped;
        do {
            popped = remove();
            journal.add(popped);
        } while (!popped.name().equals(name));
    }

    /** Keeps what the current piece changed. */
    void commit() {
        journal.clear();
    }

    /** Takes back what the current piece changed. */
    void undo() {
        for (int i = journal.size() - 1; i >= 0; i--) {
            Open entry = journal.get(i);
            if (entry == PUSHED) {
                remove();
            } else {
                add(entry);
            }
        }
        journal.clear();
    }

    private void add(Open e) {
        stack.addLast(e);
        counts.merge(e.name(), 1, Integer::sum);
    }

    private Open remove() {
        Open e = stack.removeLast();
        counts.computeIfPresent(e.name(), (k, v) -> v == 1 ? null : v - 1);
        return e;
    }
}
