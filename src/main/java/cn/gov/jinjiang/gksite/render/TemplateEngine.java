package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Pebble set up once per build along the theme chain, with autoescaping on and strict variables (a
 * misspelt variable is an error, not an empty string). Compiled templates are cached by the engine for
 * the life of this object; evaluation is thread-safe.
 */
public final class TemplateEngine {
    private final PebbleEngine engine;
    private final Theme theme;
    private final Function<Path, String> relative;

    /** @param relative turns a template file path into the path shown in diagnostics */
    public TemplateEngine(Theme theme, Function<Path, String> relative) {
        this.theme = theme;
        this.relative = relative;
        this.engine = new PebbleEngine.Builder().loader(new TemplateLoader(theme.templates())).autoEscaping(true)
                .strictVariables(true).newLineTrimming(true).cacheActive(true).build();
    }

    /** Whether the theme chain has {@code <layout>.peb}. */
    public boolean hasLayout(String layout) {
        return theme.templateFile(layout + ".peb") != null;
    }

    /**
     * Renders {@code template} with {@code context}.
     *
     * @param page the source page being rendered, named in the diagnostic when the template fails
     * @throws TemplateFailure with a diagnostic pointing at the template file and line
     */
    public String render(String template, Map<String, Object> context, String page) {
        try {
            PebbleTemplate t = engine.getTemplate(template);
            StringWriter w = new StringWriter(16 * 1024);
            t.evaluate(w, context);
            return w.toString();
        } catch (LoaderException e) {
            throw new TemplateFailure(Diagnostic.error("render.template-missing", SourcePos.of(page),
                    "主题中找不到模板“" + e.getFileName() + "”（渲染 " + page + " 时）。", "检查 themes/ 中的模板名称。"));
        } catch (PebbleException e) {
            String name = e.getFileName() == null ? template : e.getFileName();
            Path file = theme.templateFile(name);
            String where = file == null ? "themes/" + theme.name() + "/templates/" + name : relative.apply(file);
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new TemplateFailure(Diagnostic.error("render.template", new SourcePos(where, Math.max(line, 0), 0),
                    "模板出错（渲染 " + page + " 时）：" + e.getPebbleMessage(),
                    "检查模板这一行的变量名和标签是否写对、是否成对闭合。"));
        } catch (IOException e) {
            throw new TemplateFailure(Diagnostic.error("render.io", SourcePos.of(page), "渲染失败：" + e.getMessage(), ""));
        }
    }

    /** A template failed; carries the diagnostic. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TemplateFailure(Diagnostic d) {
            super(d.toLine());
            this.diagnostic = d;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
