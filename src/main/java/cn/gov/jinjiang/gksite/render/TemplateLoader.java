package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SourceTree;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/**
 * Pebble's loader for a {@link Theme}: a template name is looked up among the templates the theme's walk
 * found (links already followed or refused by the rule of {@link SourceTree}), never opened as a path. So
 * {@code {% include "../../../etc/passwd" %}} or a link out of the source folder finds nothing.
 */
final class TemplateLoader implements Loader<String> {
    private final Map<String, SourceTree.Entry> templates;

    TemplateLoader(Map<String, SourceTree.Entry> templates) {
        this.templates = templates;
    }

    @Override
    public Reader getReader(String name) {
        SourceTree.Entry e = templates.get(name);
        if (e == null) {
            throw new LoaderException(null, "Could not find template \"" + name + "\"");
        }
        try {
            return new StringReader(Files.readString(e.real(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new LoaderException(ex, "Could not read template \"" + name + "\"");
        }
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // names are relative to the theme's templates/ folders
    }

    @Override
    public void setSuffix(String suffix) {
        // names carry their .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName.replace('\\', '/');
    }

    @Override
    public boolean resourceExists(String templateName) {
        return templates.containsKey(createCacheKey(templateName));
    }
}
