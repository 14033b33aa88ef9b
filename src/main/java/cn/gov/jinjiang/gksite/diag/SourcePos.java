package cn.gov.jinjiang.gksite.diag;

import java.util.Objects;

/**
 * A place in a source file. {@code file} is relative to the source root and uses {@code /}; line and
 * column are 1-based, and 0 means unknown (a whole-file problem has line 0).
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /** A position naming only the file. */
    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    public SourcePos withFile(String newFile) {
        return new SourcePos(newFile, line, column);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
