package cn.gov.jinjiang.gksite.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects the diagnostics of one build. Thread-safe, so parallel stages can report into one instance.
 * A severity override (from site.yaml's {@code checks:} section) may raise or lower any code before it
 * is counted.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private final Function<Diagnostic, Severity> severityOf;
    private int errors;
    private int warnings;

    /** A collector that keeps every diagnostic at the severity it was reported with. */
    public Diagnostics() {
        this(Diagnostic::severity);
    }

    /**
     * A collector that asks {@code severityOf} for the final severity of each diagnostic; a null answer
     * drops the diagnostic (used for codes configured as {@code off}).
     */
    public Diagnostics(Function<Diagnostic, Severity> severityOf) {
        this.severityOf = severityOf;
    }

    /** A collector applying per-code overrides; a key matches a code exactly or as a prefix ending in '.'. */
    public static Diagnostics withOverrides(Map<String, Severity> overrides, Set<String> off) {
        return new Diagnostics(levels(overrides, off));
    }

    /**
     * The severity of each diagnostic under per-code overrides (null: dropped); a key matches a code exactly or
     * as a prefix ending in '.'.
     */
    public static Function<Diagnostic, Severity> levels(Map<String, Severity> overrides, Set<String> off) {
        return d -> {
            String best = null;
            for (String key : overrides.keySet()) {
                if (matches(key, d.code()) && (best == null || key.length() > best.length())) {
                    best = key;
                }
            }
            for (String key : off) {
                if (matches(key, d.code()) && (best == null || key.length() >= best.length())) {
                    return null;
                }
            }
            return best == null ? d.severity() : overrides.get(best);
        };
    }

    private static boolean matches(String key, String code) {
        return code.equals(key) || (key.endsWith(".") && code.startsWith(key)) || code.startsWith(key + ".");
    }

    public synchronized void add(Diagnostic d) {
        Severity s = severityOf.apply(d);
        if (s == null) {
            return;
        }
        Diagnostic kept = s == d.severity() ? d : d.withSeverity(s);
        items.add(kept);
        if (s == Severity.ERROR) {
            errors++;
        } else if (s == Severity.WARNING) {
            warnings++;
        }
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            add(d);
        }
    }

    public void error(String code, SourcePos pos, String message, String hint) {
        add(Diagnostic.error(code, pos, message, hint));
    }

    public void warning(String code, SourcePos pos, String message, String hint) {
        add(Diagnostic.warning(code, pos, message, hint));
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    public synchronized int warningCount() {
        return warnings;
    }

    /** A snapshot, sorted by file, line and column. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.BY_POSITION);
        return List.copyOf(copy);
    }
}
