package cn.gov.jinjiang.gksite.check.scan;

/**
 * A range of the page's bytes as a {@link TextRun}, decoded only when its string is asked for. One per page,
 * moved to each run in turn.
 */
final class ByteText implements TextRun {
    private final byte[] b;
    private int from;
    private int to;
    private boolean references;

    ByteText(byte[] bytes) {
        this.b = bytes;
    }

    /** Stands on {@code b[from, to)}; {@code references}: character references are decoded. */
    ByteText at(int from, int to, boolean references) {
        this.from = from;
        this.to = to;
        this.references = references;
        return this;
    }

    @Override
    public String string() {
        return PageText.decode(b, from, to, references, false);
    }

    @Override
    public boolean visible(boolean keep) {
        return PageText.visible(b, from, to, references, keep);
    }
}
