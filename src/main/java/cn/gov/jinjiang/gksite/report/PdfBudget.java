package cn.gov.jinjiang.gksite.report;

/**
 * How much work reading one PDF may take: a document whose drawing operators or characters exceed these
 * counts (a form drawn a million times, say) is refused instead of read for ever. Far above any report.
 */
final class PdfBudget {
    static final long MAX_OPERATORS = 20_000_000L;
    static final long MAX_GLYPHS = 1_000_000L;

    /** Thrown when a count runs out. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("PDF too complex", null, false, false);
        }
    }

    private long operators;
    private long glyphs;

    void operator() {
        if (++operators > MAX_OPERATORS) {
            throw new Exceeded();
        }
    }

    void glyph() {
        if (++glyphs > MAX_GLYPHS) {
            throw new Exceeded();
        }
    }
}
