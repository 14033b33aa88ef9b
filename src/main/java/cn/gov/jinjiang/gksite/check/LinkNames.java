package cn.gov.jinjiang.gksite.check;

import java.util.Arrays;

/**
 * What gives the open links of a page an accessible name, as offsets in the page: visible text, an image
 * with alt text, an SVG with aria-label, a title in SVG with aria-label. A link (or each copy of it that the
 * tree makes) has a name when one of these lies within its content's range of offsets, so a link that the
 * tree splits in two is judged by each part's own content. Offsets arrive in increasing order.
 */
final class LinkNames {
    private int open;
    private int[] events = new int[16];
    private int count;

    void opened() {
        open++;
    }

    void closed() {
        open--;
    }

    /** Whether a link is open (only then is anything worth looking at). */
    boolean anyOpen() {
        return open > 0;
    }

    /** Something at {@code offset} names the links it is inside. */
    void event(int offset) {
        if (open == 0 || count > 0 && events[count - 1] >= offset) {
            return;
        }
        if (count == events.length) {
            events = Arrays.copyOf(events, count * 2);
        }
        events[count++] = offset;
    }

    /** Whether anything named a link in {@code [from, to)}. */
    boolean any(int from, int to) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < count && events[lo] < to;
    }
}
