package cn.gov.jinjiang.gksite.check.scan;

/**
 * The {@code <a>} in the list of active formatting elements, as far as facts go: a new {@code <a>} or
 * {@code </a>} ends it by the adoption agency (a link split around the blocks opened inside it gets a copy
 * in each of them, as jsoup makes), and an {@code <a>} closed with its parent is reopened as a copy by the
 * next text or inline element. Copies carry the original's attributes and position, as in jsoup.
 */
final class ActiveLink {
    private final OpenElements open;
    private final HtmlTokenizer t;
    private final PageVisitor visitor;
    private final BytePositions positions;

    ActiveLink(OpenElements open, HtmlTokenizer tokenizer, PageVisitor visitor, BytePositions positions) {
        this.open = open;
        this.t = tokenizer;
        this.visitor = visitor;
        this.positions = positions;
    }

    /** The start tag of the active {@code <a>}, read again: what its copies are made of. */
    private StartTag activeTag() {
        return new ScannedTag(HtmlTokenizer.tagAt(t.bytes(), open.aOffset), positions);
    }

    /** Whether an {@code <a>} is in the list of active formatting elements after the last marker. */
    boolean active() {
        return open.aOffset >= 0 && open.aLevel == open.markers();
    }

    /** Pushes an {@code <a>} for the current tag and makes it the active one. */
    void push() {
        open.push(HtmlTags.A, OpenElements.HTML);
        open.aOffset = t.start();
        open.aLevel = open.markers();
        open.aIndex = open.depth() - 1;
    }

    /** The end of the active {@code <a>} (its end tag, or a new {@code <a>}): the adoption agency for it. */
    void close() {
        if (open.aIndex >= 0) {
            adopt(open.aIndex);
        }
        open.aOffset = -1;
    }

    /**
     * The adoption agency for the formatting element at {@code i}, as far as facts go. Without a special
     * element above it, it closes with everything above it. Otherwise each special element above it stays open
     * and, when it is the {@code <a>}, gets a copy of the link around the content it has so far (the link
     * itself keeps only what came before the first of them); the other elements above it close.
     */
    void adopt(int i) {
        boolean isA = i == open.aIndex;
        int depth = open.depth();
        int kept = 0;
        for (int j = i + 1; j < depth; j++) {
            if (open.special(j)) {
                kept++;
            }
        }
        if (kept == 0) {
            open.popTo(i);
            return;
        }
        int[] keep = new int[kept];
        for (int j = i + 1, k = 0; j < depth; j++) {
            if (open.special(j)) {
                keep[k++] = j;
            }
        }
        for (int j = depth - 1; j > i; j--) {
            if (!open.special(j)) {
                open.close(j);
            }
        }
        int now = open.now;
        open.now = open.start(keep[0]);
        open.close(i);
        open.now = now;
        StartTag copy = isA ? activeTag() : null;
        for (int k = 0; isA && k < kept && k < 7; k++) {
            int j = keep[k];
            int added = visitor.copy(
                    copy,
                    open.position(j),
                    open.context(j),
                    open.start(j),
                    k + 1 < kept ? open.start(keep[k + 1]) : now);
            for (int m = k + 1; m < kept; m++) {
                open.shiftPosition(keep[m], added);
            }
        }
        for (int k = 0; k < kept; k++) {
            open.move(keep[k], i + k);
        }
        open.depth(i + kept);
        if (open.aIndex >= i) {
            open.aIndex = -1;
        }
        if (isA) {
            open.aOffset = -1;
        }
    }

    /** Reopens the active {@code <a>} when it was closed with its parent (a copy with the same attributes). */
    void reconstruct() {
        if (active() && open.aIndex < 0) {
            open.pushCopy(HtmlTags.A, visitor.open(HtmlTags.A, Namespace.HTML, activeTag(), open.now), open.now);
            open.aIndex = open.depth() - 1;
        }
    }
}
