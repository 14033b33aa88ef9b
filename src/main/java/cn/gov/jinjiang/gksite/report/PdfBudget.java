package cn.gov.jinjiang.gksite.report;

/**
 * How much work reading one PDF may take: a document whose drawing operators, forms drawn or characters
 * exceed these counts (a form drawn from a form drawn from a form, a million times in all) is refused
 * instead of read for ever. Far above any report.
 */
final class PdfBudget {
    static final long MAX_OPERATORS = 3_000_000L;
    static final long MAX_GLYPHS = 1_000_000L;
    /** Forms drawn: each drawing parses the form's instructions again, so a form drawn from forms multiplies. */
    static final long MAX_FORMS = 20_000L;

    /** Thrown when a count runs out. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("PDF too complex", null, false, false);
        }
    }

    private long operators;
    private long glyphs;
    private long forms;

    void operator() {
        if (++operators > MAX_OPERATORS) {
            throw new Exceeded();
        }
    }

    void form() {
        if (++forms > MAX_FORMS) {
            throw new Exceeded();
        }
    }

    void glyph() {
        if (++glyphs > MAX_GLYPHS) {
            throw new Exceeded();
        }
    }
}
