package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Severity overrides per diagnostic code or code family from site.yaml's {@code checks:} section, e.g.
 * {@code report.R5: error} or {@code check.: warning}; {@code off} drops a code, and {@code ignore}
 * lists URL patterns the link checker skips.
 */
public record CheckLevels(Map<String, Severity> overrides, Set<String> off, List<String> ignore) {
    /** The level that drops a code. */
    public static final String OFF = "off";

    public CheckLevels {
        overrides = Map.copyOf(overrides);
        off = Set.copyOf(off);
        ignore = List.copyOf(ignore);
    }

    public static CheckLevels defaults() {
        return new CheckLevels(Map.of(), Set.of(), List.of());
    }
}
