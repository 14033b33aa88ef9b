package cn.gov.jinjiang.gksite.diag;

import java.util.List;

/**
 * A fatal condition, usually of the environment (I/O, a missing folder), carrying diagnostics that say
 * what happened. Problems in user content are collected in {@link Diagnostics} instead.
 */
public class DiagnosticException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public DiagnosticException(Diagnostic diagnostic) {
        this(List.of(diagnostic), null);
    }

    public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
        this(List.of(diagnostic), cause);
    }

    public DiagnosticException(List<Diagnostic> diagnostics, Throwable cause) {
        super(diagnostics.isEmpty() ? "" : diagnostics.get(0).toLine(), cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
