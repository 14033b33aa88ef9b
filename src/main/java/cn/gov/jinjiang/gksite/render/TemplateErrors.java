package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SourceTree;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Pebble's failures into diagnostics at the template file, line and column where they can be fixed.
 * Pebble gives a line but no column, and for an expression in a child template's block it names the parent
 * template (the one being evaluated) with the child's line: so the line is looked up in the templates that
 * take part, and the one that holds the name the message is about (a variable, attribute, filter, function)
 * is blamed, at that name's column. Errors that name nothing (a syntax error, a failed division) keep the
 * column unknown (0): Pebble does not say where on the line they are.
 */
final class TemplateErrors {
    private static final Pattern NAMED = Pattern.compile("\\[([^\\]\\s]+)\\]");
    private static final Pattern MISSING = Pattern.compile("template \"([^\"]+)\"");

    private final Theme theme;
    private final Function<Path, String> relative;

    TemplateErrors(Theme theme, Function<Path, String> relative) {
        this.theme = theme;
        this.relative = relative;
    }

    /** A {@code render.template} error for Pebble's {@code e}, raised while {@code template} rendered {@code page}. */
    Diagnostic failed(PebbleException e, String template, String page) {
        String reported = e.getFileName() == null ? template : e.getFileName();
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        String message = printable(e.getPebbleMessage());
        Matcher m = NAMED.matcher(message);
        String name = m.find() ? m.group(1) : null;
        SourcePos at = null;
        for (String candidate : new LinkedHashSet<>(List.of(reported, template))) {
            at = find(candidate, line, name);
            if (at != null) {
                break;
            }
        }
        if (at == null) {
            at = new SourcePos(where(reported), line, 0);
        }
        return Diagnostic.error(
                "render.template", at, "模板出错（渲染 " + page + " 时）：" + message, "检查模板这一行的变量名和标签是否写对、是否成对闭合。");
    }

    /**
     * A {@code render.template-missing} error: at the {@code include}, {@code extends} or {@code import} that
     * names the missing template (its quoted name, searched in the theme's templates, the rendered one first),
     * or at the page when no template names it literally.
     */
    Diagnostic missing(String loaderMessage, String template, String page) {
        Matcher m = MISSING.matcher(loaderMessage == null ? "" : loaderMessage);
        String name = m.find() ? m.group(1) : "?";
        Set<String> order = new LinkedHashSet<>();
        order.add(template);
        order.addAll(new TreeSet<>(theme.templates().keySet()));
        for (String candidate : order) {
            List<String> lines = lines(candidate);
            for (int i = 0; i < lines.size(); i++) {
                int col = quoted(lines.get(i), name);
                if (col > 0) {
                    return Diagnostic.error(
                            "render.template-missing",
                            new SourcePos(where(candidate), i + 1, col),
                            "主题中找不到这里引用的模板“" + name + "”（渲染 " + page + " 时）。",
                            "检查模板名称的拼写，或把 " + name + " 放到主题的 templates/ 中。");
                }
            }
        }
        return Diagnostic.error(
                "render.template-missing",
                SourcePos.of(page),
                "主题中找不到模板“" + name + "”（渲染 " + page + " 时）。",
                "检查 themes/ 中的模板名称。");
    }

    /** A failure inside a filter or function that Pebble passes on without a line: at the rendered template. */
    Diagnostic crashed(RuntimeException e, String template, String page) {
        return Diagnostic.error(
                "render.template",
                SourcePos.of(where(template)),
                "模板出错（渲染 " + page + " 时）：某个过滤器或函数的参数不对（" + printable(String.valueOf(e.getMessage()))
                        + "）；Pebble 没有给出行号。",
                "检查模板中过滤器和函数的参数类型，例如 date 需要日期，abbreviate 需要数字。");
    }

    /** A {@code render.template} error for a template that includes, extends or calls itself, directly or not. */
    Diagnostic recursed(String template, String page) {
        return Diagnostic.error(
                "render.template",
                SourcePos.of(where(template)),
                "模板出错（渲染 " + page + " 时）：模板嵌套没有尽头——include、extends、import 或宏直接或间接地又用到了自己。",
                "检查这个模板和它用到的模板中的 include、extends、import 和宏调用，去掉形成循环的那一处。");
    }

    private SourcePos find(String template, int line, String name) {
        List<String> lines = lines(template);
        if (line < 1 || line > lines.size()) {
            return null;
        }
        String text = lines.get(line - 1);
        if (name == null) {
            // Nothing to look for: Pebble's own file is the best guess (a syntax error is always reported there).
            return null;
        }
        int at = text.indexOf(name);
        return at < 0 ? null : new SourcePos(where(template), line, text.codePointCount(0, at) + 1);
    }

    private List<String> lines(String template) {
        SourceTree.Entry e = theme.templates().get(template);
        if (e == null) {
            return List.of();
        }
        try {
            return new ArrayList<>(
                    List.of(Files.readString(e.real(), StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException ex) {
            return List.of();
        }
    }

    private String where(String template) {
        Path file = theme.templateFile(template);
        return file == null ? "themes/" + theme.name() + "/templates/" + template : theme.label(file, relative);
    }

    /** 1-based column of {@code name} in quotes on {@code line}, or 0. */
    private static int quoted(String line, String name) {
        for (String q : new String[] {"\"", "'"}) {
            int at = line.indexOf(q + name + q);
            if (at >= 0) {
                return line.codePointCount(0, at) + 2;
            }
        }
        return 0;
    }

    /** Pebble quotes the character it choked on, which may be a control character (the end of the file is NUL). */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0) {
                b.append("文件结尾");
            } else if (Character.isISOControl(c) && c != '\n') {
                b.append(String.format("U+%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
