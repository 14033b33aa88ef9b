package cn.gov.jinjiang.gksite.config;

import java.util.Objects;

/** One entry of the main navigation: its label and its root-relative URL (e.g. {@code /xxgk/}). */
public record NavItem(String label, String url) {
    public NavItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
