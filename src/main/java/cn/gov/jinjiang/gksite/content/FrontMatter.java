package cn.gov.jinjiang.gksite.content;

/**
 * A Markdown file split at its front matter.
 *
 * @param yaml       the YAML between the {@code ---} lines ("" when there is none)
 * @param yamlLine   1-based line of the YAML's first line in the file
 * @param body       the Markdown after the closing {@code ---}
 * @param bodyLine   1-based line of the body's first line in the file
 * @param present    whether the file had front matter at all
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine, boolean present) {}
