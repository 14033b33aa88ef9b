package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.PageFacts.Problem;
import cn.gov.jinjiang.gksite.check.PageFacts.Ref;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The refs and problems of one page in the order of the page, as the rules find them: a problem that depends
 * on an element's content gets its place (a slot) when the element opens and is decided when it closes, and
 * facts that the byte scanner reports late (a link copy, a style's CSS) are put where they belong.
 */
final class FactList {
    /** A {@link Ref}, a {@link Problem}, or a slot: a {@code Problem[1]}, empty when nothing was found. */
    private final List<Object> entries = new ArrayList<>();

    void add(Ref ref) {
        entries.add(ref);
    }

    void add(Problem problem) {
        entries.add(problem);
    }

    /** Puts refs at {@code position} (where their element opened). */
    void insert(int position, List<Ref> refs) {
        entries.addAll(position, refs);
    }

    /** A place for a problem decided later. */
    Problem[] slot() {
        Problem[] slot = new Problem[1];
        entries.add(slot);
        return slot;
    }

    /** How many entries there are: the position of the next. */
    int size() {
        return entries.size();
    }

    /** Moves the entries from {@code since} on to {@code position}; returns how many they are. */
    int moveTo(int position, int since) {
        int moved = entries.size() - since;
        Collections.rotate(entries.subList(position, entries.size()), moved);
        return moved;
    }

    List<Ref> refs() {
        List<Ref> refs = new ArrayList<>(entries.size());
        for (Object e : entries) {
            if (e instanceof Ref r) {
                refs.add(r);
            }
        }
        return refs;
    }

    /** The problems found, after {@code first} when it is not null. */
    List<Problem> problems(Problem first) {
        List<Problem> found = new ArrayList<>();
        if (first != null) {
            found.add(first);
        }
        for (Object e : entries) {
            if (e instanceof Problem p) {
                found.add(p);
            } else if (e instanceof Problem[] slot && slot[0] != null) {
                found.add(slot[0]);
            }
        }
        return found;
    }
}
