package cn.gov.jinjiang.gksite.check.scan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The HTML tag names that the fast scanner's tree rules or checks single out, each with a small number (its
 * id) and the categories of the HTML standard's tree construction it belongs to. Names are looked up straight
 * from the page's bytes, ASCII case-insensitively, without making a string; any other name is
 * {@link #OTHER}. The table is built once and never changes. The ids and categories that the checks read are
 * public: both readers of a page report elements by these ids (see {@link PageVisitor}).
 */
public final class HtmlTags {
    /** Void: never has content or an end tag. */
    static final int VOID = 1;
    /** The standard's "special" category (stops the generic end-tag search). */
    static final int SPECIAL = 1 << 1;
    /** A block element for jsoup's {@code Element.text()} spacing. */
    static final int BLOCK = 1 << 2;
    /** A start tag that first closes an open {@code <p>} (in button scope). */
    static final int CLOSES_P = 1 << 3;
    /** Bounds "has an element in scope". */
    static final int SCOPE = 1 << 4;
    /** Pushes a marker on the list of active formatting elements. */
    static final int MARKER = 1 << 5;
    /** Keeps whitespace in jsoup's text (within six levels). */
    static final int PRESERVE = 1 << 6;
    /** Closed by "generate implied end tags". */
    static final int IMPLIED_END = 1 << 7;
    /** Breaks out of SVG or MathML content. */
    static final int BREAKOUT = 1 << 8;
    /** A formatting element whose end tag runs the adoption agency. */
    static final int FORMATTING = 1 << 9;
    /** Content is raw text: a data node, no character references, ends only at its own end tag. */
    static final int RAWTEXT = 1 << 10;
    /** Content is escapable raw text (character references decoded). */
    static final int RCDATA = 1 << 11;

    /** An end tag that closes the element when it is in scope, whatever else is open above it. */
    static final int ENDS_IN_SCOPE = 1 << 12;
    /** A table part, table, select or template: while one is open the insertion mode may not be "in body". */
    static final int MODAL = 1 << 13;
    /**
     * A text boundary of jsoup's {@code Element.text()} (a form control, an image, an embedded object): set off
     * by spaces from the text around it, before it only when it holds text.
     */
    static final int TEXT_BOUNDARY = 1 << 14;

    /** Any name not listed. */
    public static final int OTHER = 0;

    static final String[] NAMES =
            ("- a address applet area article aside b base basefont bgsound big blockquote body br"
                            + " button caption center code col colgroup dd desc details dialog dir div dl dt em embed fieldset figcaption"
                            + " figure font footer foreignobject form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i"
                            + " iframe image img input keygen li link listing main marquee math menu meta nav nobr noembed noframes"
                            + " noscript object ol optgroup option p param plaintext pre rb rp rt rtc ruby s script search section"
                            + " select small source span strike strong style sub summary sup svg table tbody td template textarea tfoot"
                            + " th thead title tr track tt u ul var wbr xmp mi mo mn ms mtext annotation-xml video audio canvas meter"
                            + " output picture progress")
                    .split(" ");

    public static final int A = id("a");
    public static final int BODY = id("body");
    public static final int BR = id("br");
    static final int BUTTON = id("button");
    static final int CAPTION = id("caption");
    static final int COL = id("col");
    static final int COLGROUP = id("colgroup");
    static final int ADDRESS = id("address");
    static final int DD = id("dd");
    static final int DIV = id("div");
    static final int INPUT = id("input");
    static final int KEYGEN = id("keygen");
    static final int TEXTAREA = id("textarea");
    public static final int SOURCE = id("source");
    static final int PARAM = id("param");
    static final int TRACK = id("track");
    static final int BASE = id("base");
    static final int BASEFONT = id("basefont");
    static final int BGSOUND = id("bgsound");
    static final int LINK = id("link");
    public static final int META = id("meta");
    static final int NOSCRIPT = id("noscript");
    static final int FRAME = id("frame");
    static final int FRAMESET = id("frameset");
    static final int XMP = id("xmp");
    public static final int IFRAME = id("iframe");
    static final int DT = id("dt");
    static final int FONT = id("font");
    static final int FORM = id("form");
    public static final int H1 = id("h1");
    public static final int H6 = id("h6");
    static final int HEAD = id("head");
    static final int HR = id("hr");
    public static final int HTML = id("html");
    static final int IMAGE = id("image");
    public static final int IMG = id("img");
    static final int LI = id("li");
    public static final int MAIN = id("main");
    static final int MATH = id("math");
    static final int OL = id("ol");
    static final int OPTGROUP = id("optgroup");
    static final int OPTION = id("option");
    static final int P = id("p");
    static final int PLAINTEXT = id("plaintext");
    static final int SCRIPT = id("script");
    static final int SELECT = id("select");
    public static final int STYLE = id("style");
    public static final int SVG = id("svg");
    public static final int TABLE = id("table");
    static final int TBODY = id("tbody");
    static final int TD = id("td");
    static final int TEMPLATE = id("template");
    static final int TFOOT = id("tfoot");
    public static final int TH = id("th");
    static final int THEAD = id("thead");
    public static final int TITLE = id("title");
    static final int TR = id("tr");
    static final int UL = id("ul");
    static final int FOREIGN_OBJECT = id("foreignobject");
    static final int DESC = id("desc");
    static final int MI = id("mi");
    static final int MTEXT = id("mtext");
    static final int ANNOTATION_XML = id("annotation-xml");

    /** How many ids there are (ids are 0 to COUNT - 1), to size a table per id. */
    public static final int COUNT = NAMES.length;

    private static final int[] FLAGS = new int[NAMES.length];
    private static final byte[][] BYTES = new byte[NAMES.length][];
    /** Per id: the name's first eight bytes and its next eight, packed (see {@link PackedName}). */
    private static final long[] LOW = new long[NAMES.length];

    private static final long[] HIGH = new long[NAMES.length];
    /** Open addressing: slot to id, 0 for empty. */
    private static final int[] SLOTS = new int[512];

    static {
        flag(
                VOID,
                "area base basefont bgsound br col embed hr image img input keygen link meta param source track wbr"
                        + " frame");
        flag(
                SPECIAL,
                "address applet area article aside base basefont bgsound blockquote body br button caption"
                        + " center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame"
                        + " frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main"
                        + " marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section"
                        + " select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr"
                        + " xmp");
        flag(
                BLOCK,
                "address applet article aside blockquote body caption center col colgroup dd details dialog dir"
                        + " div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup"
                        + " hr html li link listing main marquee menu meta nav noframes noscript ol p plaintext pre script search"
                        + " section style table tbody td template tfoot th thead title tr ul");
        flag(
                CLOSES_P,
                "address article aside blockquote center details dialog dir div dl fieldset figcaption figure"
                        + " footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form"
                        + " plaintext table hr xmp");
        flag(SCOPE, "applet caption html table td th marquee object template");
        flag(MARKER, "applet caption marquee object td th template");
        flag(PRESERVE, "listing plaintext pre script textarea title");
        flag(IMPLIED_END, "dd dt li optgroup option p rb rp rt rtc");
        flag(
                BREAKOUT,
                "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li"
                        + " listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var");
        flag(FORMATTING, "a b big code em font i nobr s small strike strong tt u");
        flag(RAWTEXT, "script style xmp iframe noembed noframes");
        flag(RCDATA, "title textarea");
        flag(
                TEXT_BOUNDARY,
                "button embed iframe img input object option select textarea video audio canvas meter output"
                        + " picture progress");
        flag(MODAL, "caption col colgroup tbody thead tfoot tr td th table select template");
        flag(
                ENDS_IN_SCOPE,
                "address article aside blockquote button center details dialog dir div dl fieldset"
                        + " figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul applet"
                        + " marquee object template");
        for (int i = 1; i < NAMES.length; i++) {
            BYTES[i] = NAMES[i].getBytes(StandardCharsets.US_ASCII);
            PackedName name = PackedName.of(NAMES[i]);
            LOW[i] = name.low();
            HIGH[i] = name.high();
            int h = slot(LOW[i], HIGH[i], BYTES[i].length);
            while (SLOTS[h] != 0) {
                h = (h + 1) & (SLOTS.length - 1);
            }
            SLOTS[h] = i;
        }
    }

    private HtmlTags() {}

    private static int id(String name) {
        int i = Arrays.asList(NAMES).indexOf(name);
        if (i < 1) {
            throw new IllegalStateException(name);
        }
        return i;
    }

    private static void flag(int flag, String names) {
        for (String n : names.split(" ")) {
            FLAGS[id(n)] |= flag;
        }
    }

    /** Whether the tag is in the category {@code flag}. */
    public static boolean is(int id, int flag) {
        return (FLAGS[id] & flag) != 0;
    }

    /** All the categories of the tag (or of the categories' bits). */
    static int flags(int id) {
        return FLAGS[id];
    }

    /** The name of a listed tag, lower case. */
    public static String name(int id) {
        return NAMES[id];
    }

    /** The id of a name (lower case, as jsoup's normal name), or {@link #OTHER}. */
    public static int of(String name) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        return lookup(b, 0, b.length);
    }

    /** The name's bytes, lower case. */
    static byte[] bytes(int id) {
        return BYTES[id];
    }

    /**
     * Whether an element is a block for jsoup's {@code Element.text()} spacing (its {@code Tag.isBlock()}; every
     * other element is inline): the HTML elements of {@link #BLOCK}, and the SVG and MathML root elements in
     * their own namespace.
     */
    public static boolean isTextBlock(int id, Namespace ns) {
        return switch (ns) {
            case HTML -> is(id, BLOCK);
            case SVG -> id == SVG;
            case MATHML -> id == MATH;
        };
    }

    /** Whether an element is a text boundary of jsoup's {@code Element.text()} (HTML elements only). */
    public static boolean isTextBoundary(int id, Namespace ns) {
        return ns == Namespace.HTML && is(id, TEXT_BOUNDARY);
    }

    public static boolean isHeading(int id) {
        return id >= H1 && id <= H6;
    }

    /** The id of the name in {@code b[from, to)}, ASCII case-insensitively, or {@link #OTHER}. */
    static int lookup(byte[] b, int from, int to) {
        PackedName.Reader name = new PackedName.Reader(b);
        name.read(from, to, 0);
        return lookup(name.low(), name.high(), to - from);
    }

    /**
     * The id of a name given packed (see {@link PackedName}): it is compared whole in one probe, with no loop
     * over its bytes.
     */
    static int lookup(long low, long high, int length) {
        if (length > PackedName.MAX_LENGTH) {
            return OTHER;
        }
        int h = slot(low, high, length);
        while (true) {
            int id = SLOTS[h];
            if (id == 0) {
                return OTHER;
            }
            if (LOW[id] == low && HIGH[id] == high && BYTES[id].length == length) {
                return id;
            }
            h = (h + 1) & (SLOTS.length - 1);
        }
    }

    private static int slot(long low, long high, int length) {
        long h = (low * 31 + high) * 0x9E3779B97F4A7C15L + length;
        return (int) (h >>> 55) & (SLOTS.length - 1);
    }
}
