package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    private final TemplateErrors errors;

    /** @param relative turns a template file path into the path shown in diagnostics */
    public TemplateEngine(Theme theme, Function<Path, String> relative) {
        this.theme = theme;
        this.errors = new TemplateErrors(theme, relative);
        this.engine = new PebbleEngine.Builder()
                .loader(new TemplateLoader(theme.templates()))
                .autoEscaping(true)
                .extension(new io.pebbletemplates.pebble.extension.AbstractExtension() {
                    @Override
                    public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
                        return Map.of(LabelBreaks.NAME, new LabelBreaks());
                    }
                })
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
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
            throw new TemplateFailure(errors.missing(e.getMessage(), template, page));
        } catch (PebbleException e) {
            throw new TemplateFailure(errors.failed(e, template, page));
        } catch (IOException e) {
            // A StringWriter does not fail: only reading a template can, and the loader reports that itself. Should
            // one fail anyway, the stage reports it as internal.error naming the page.
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new TemplateFailure(errors.crashed(e, template, page));
        } catch (StackOverflowError e) {
            // an include, extends or macro that reaches itself again: Pebble follows it until the stack runs out
            throw new TemplateFailure(errors.recursed(template, page));
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
