package cn.gov.jinjiang.gksite.markdown;

/** A heading of a rendered page: level 1–6, its plain text, its id, and its line in the source file. */
public record Heading(int level, String text, String id, int line) {}
