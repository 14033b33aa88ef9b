package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number of a report table as written in data.yaml.
 *
 * @param raw   the text as written ("" for an empty cell)
 * @param value the number, or null when the cell is blank or not a number
 * @param pos   where it is written
 */
public record Cell(String raw, BigDecimal value, SourcePos pos) {
    public Cell {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(pos, "pos");
    }

    /** A cell left empty or filled with a placeholder dash or slash (rule R8). */
    public boolean isBlank() {
        return isPlaceholder(raw);
    }

    /** Whether a printed cell is empty or a placeholder dash or slash (a blank for rule R8, and for import). */
    public static boolean isPlaceholder(String text) {
        String s = text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        return s.isEmpty()
                || s.equals("/")
                || s.equals("-")
                || s.equals("—")
                || s.equals("－")
                || s.equals("／")
                || s.equals("——")
                || s.equals("--")
                || s.equals("–");
    }

    public boolean hasValue() {
        return value != null;
    }
}
