package cn.gov.jinjiang.gksite.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * A Markdown body as plain blocks, for formats that have paragraphs and headings but no Markdown (the
 * report's Word download): each heading and paragraph one block of its text, inline marks dropped, a
 * list item prefixed with its number or a bullet, raw HTML reduced to its text. Parsed as the build parses
 * it, so a heading's {@code {#id}} is not part of its text.
 */
public final class PlainBlocks {
    /**
     * One block.
     *
     * @param level the heading level, or 0 for a paragraph
     * @param text  its text, on one line
     */
    public record Block(int level, String text) {}

    private final Parser parser = Parser.builder(MarkdownConverter.options()).build();

    /** The blocks of {@code body}, in order. */
    public List<Block> of(String body) {
        List<Block> out = new ArrayList<>();
        blocks(parser.parse(body), "", out);
        return out;
    }

    private static void blocks(Node parent, String prefix, List<Block> out) {
        int number = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.add(new Block(h.getLevel(), text(h)));
            } else if (n instanceof Paragraph p) {
                add(out, prefix + text(p));
                prefix = "";
            } else if (n instanceof BulletList || n instanceof OrderedList || n instanceof BlockQuote) {
                blocks(n, "", out);
            } else if (n instanceof ListItem item) {
                number = item instanceof OrderedListItem o ? number == 0 ? startOf(o) : number + 1 : 0;
                blocks(item, item instanceof OrderedListItem ? number + ". " : "· ", out);
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                for (String line : n.getChars().toString().split("\n")) {
                    if (!line.startsWith("```") && !line.startsWith("~~~")) {
                        add(out, line.strip());
                    }
                }
            } else if (n instanceof HtmlBlock) {
                add(out, Jsoup.parse(n.getChars().toString()).text());
            } else if (n.hasChildren()) {
                blocks(n, prefix, out);
            }
        }
    }

    /** The number an ordered list starts at: its marker is one to nine digits and a {@code .} or {@code )}. */
    private static int startOf(OrderedListItem item) {
        return Integer.parseInt(item.getOpeningMarker().toString().replaceAll("\\D", ""));
    }

    private static void add(List<Block> out, String text) {
        if (!text.isBlank()) {
            out.add(new Block(0, text.strip()));
        }
    }

    /** A node's text on one line: soft line breaks joined (without a space between Chinese characters). */
    private static String text(Node n) {
        StringBuilder all = new StringBuilder();
        collect(n, all);
        StringBuilder sb = new StringBuilder();
        for (String line : all.toString().split("\n")) {
            String l = line.strip();
            if (!sb.isEmpty() && !l.isEmpty() && latin(sb.charAt(sb.length() - 1)) && latin(l.charAt(0))) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    /**
     * The text of inline nodes: text, code, a link's text, an autolink's address, an image's description (its
     * inline marks dropped as elsewhere).
     */
    private static void collect(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text || c instanceof Code) {
                sb.append(c instanceof Code code ? code.getText() : c.getChars().unescape());
            } else if (c instanceof AutoLink a) {
                sb.append(a.getText());
            } else if (c instanceof MailLink m) {
                sb.append(m.getText());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append('\n');
            } else if (c instanceof HtmlInline || c instanceof HtmlEntity) {
                sb.append(
                        c instanceof HtmlEntity
                                ? Jsoup.parse(c.getChars().toString()).text()
                                : "");
            } else {
                collect(c, sb);
            }
        }
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
