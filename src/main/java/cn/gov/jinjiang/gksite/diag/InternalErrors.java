package cn.gov.jinjiang.gksite.diag;

import java.util.function.Supplier;

/**
 * The diagnostic for a failure gksite did not expect, which is a defect of gksite and not of the user's files: code
 * {@code internal.error}, the file being worked on, what was being done, the exception's type, message and the place
 * it was thrown from (for the maintainers), and a hint to report it. Never a stack trace: the stage that caught the
 * failure goes on, or the command ends with exit code 2.
 */
public final class InternalErrors {
    /** The code of every internal error. */
    public static final String CODE = "internal.error";

    private InternalErrors() {}

    /**
     * @param pos   the file (and place, if known) being worked on
     * @param doing what was being done, in Chinese, e.g. "转换 Markdown 正文"
     */
    public static Diagnostic diagnostic(SourcePos pos, String doing, Throwable e) {
        return Diagnostic.error(
                CODE,
                pos,
                "内部错误：" + doing + "时出现意外的错误（" + describe(e) + "）。",
                "这是 gksite 的缺陷，不是内容的错误。请把这条信息连同出错的文件报告给维护人员；" + "其余文件照常处理，但在修复之前这个文件无法使用。");
    }

    /**
     * Runs {@code work} and returns its result; an unexpected failure of it (any runtime exception but a {@link
     * DiagnosticException}, which reports a problem of the environment and is rethrown, or a stack overflow) is added
     * to {@code diags} as an internal error at {@code pos}, and {@code fallback} returned. So a stage that meets a
     * defect on one file reports that file and goes on with the others.
     */
    public static <T> T contain(SourcePos pos, String doing, Diagnostics diags, Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (DiagnosticException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            diags.add(diagnostic(pos, doing, e));
            return fallback;
        }
    }

    /** As {@link #contain(SourcePos, String, Diagnostics, Supplier, Object)}, for work without result. */
    public static void contain(SourcePos pos, String doing, Diagnostics diags, Runnable work) {
        contain(
                pos,
                doing,
                diags,
                () -> {
                    work.run();
                    return null;
                },
                null);
    }

    /** {@code Type: message @ class.method:line}, the message shortened to 200 characters. */
    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s+", " ");
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        StringBuilder sb = new StringBuilder(e.getClass().getName());
        if (!message.isEmpty()) {
            sb.append(": ").append(message);
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            StackTraceElement top = trace[0];
            sb.append(" @ ")
                    .append(top.getClassName())
                    .append('.')
                    .append(top.getMethodName())
                    .append(':')
                    .append(top.getLineNumber());
        }
        return sb.toString();
    }
}
