package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import java.util.Objects;

/**
 * A YAML data file in a content folder (e.g. the annual report's data.yaml), parsed with positions.
 *
 * @param source path relative to the source root
 * @param name   file name without .yaml, e.g. data
 * @param doc    the parsed YAML
 * @param text   the file's text, for showing source lines around an error
 */
public record DataFile(String source, String name, YamlDoc doc, String text) {
    public DataFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(doc, "doc");
    }
}
