package cn.gov.jinjiang.gksite.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the user's input or output, with where it is and how to fix it.
 *
 * @param severity how bad it is
 * @param code     stable English code, e.g. {@code content.title-missing} or {@code report.R3}
 * @param message  what is wrong, in Chinese first
 * @param hint     how to fix it (may be empty)
 * @param pos      where it is
 */
public record Diagnostic(Severity severity, String code, String message, String hint, SourcePos pos) {

    /** Sorts by file, line, column, then code: the order editors read diagnostics in. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pos, "pos");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, message, hint, pos);
    }

    public static Diagnostic warning(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, message, hint, pos);
    }

    public static Diagnostic info(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.INFO, code, message, hint, pos);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, code, message, hint, pos);
    }

    /**
     * Compiler-style one-liner: {@code file:line:col: 错误 [code] message}. A problem of no file (a port in use,
     * a missing program) is {@code gksite: 错误 [code] message}, as compilers name themselves then.
     */
    public String toLine() {
        String where = pos.toString();
        return (where.isEmpty() ? "gksite" : where) + ": " + severity.chinese() + " [" + code + "] " + message;
    }
}
