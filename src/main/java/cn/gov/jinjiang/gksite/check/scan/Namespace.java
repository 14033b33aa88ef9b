package cn.gov.jinjiang.gksite.check.scan;

/** The namespace of an element, as the tree builder gives it: HTML, or SVG and MathML content. */
public enum Namespace {
    HTML,
    SVG,
    MATHML;

    private static final Namespace[] BY_ORDINAL = values();

    /** The namespace of an {@link OpenElements} entry (whose namespaces are these ordinals as bytes). */
    static Namespace of(byte ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
