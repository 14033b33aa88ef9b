package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Mistakes on the command line (an unknown option, a missing argument, a value of the wrong kind) in Chinese,
 * as a diagnostic {@code cli.usage} with the way to the command's help; picocli's own messages are English.
 * Exit code 2, as for every usage error.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final PrintWriter err;

    UsageErrors(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        Diagnostic d = Diagnostic.error("cli.usage", SourcePos.of(""), message(ex), "用 " + help + " 查看这个命令的用法。");
        Reporter.of("human").report(List.of(d), err);
        return ExitCodes.USAGE_OR_ENVIRONMENT;
    }

    /** A value a command checks itself, with its message already in Chinese. */
    static final class Invalid extends ParameterException {
        private static final long serialVersionUID = 1L;

        Invalid(CommandLine cmd, String message) {
            super(cmd, message);
        }
    }

    /** The mistake in Chinese, naming the option or argument as the user wrote it. */
    static String message(ParameterException ex) {
        if (ex instanceof Invalid) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            String unknown = u.getUnmatched().stream().map(a -> "“" + a + "”").collect(Collectors.joining("、"));
            return (u.isUnknownOption() ? "不认识的选项：" : "多余的参数：")
                    + unknown
                    + (suggestions.isEmpty() ? "。" : "。是否想写 " + String.join("、", suggestions) + "？");
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少" + m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、")) + "。";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return name(o.getOverwritten()) + "写了两次，只能写一次。";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数太多。";
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "这几个选项不能同时使用。";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return name(ex.getArgSpec()) + "的值“" + ex.getValue() + "”无效" + kind(ex.getArgSpec()) + "。";
        }
        return "命令行有误（" + ex.getMessage() + "）。";
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return "选项 " + o.longestName() + " ";
        }
        return a instanceof PositionalParamSpec p ? "参数 " + p.paramLabel() + " " : "参数 ";
    }

    private static String kind(ArgSpec a) {
        Class<?> t = a.type();
        if (t.isEnum()) {
            return "：可选 "
                    + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
        }
        return t == int.class || t == Integer.class || t == long.class || t == Long.class ? "：应为整数" : "";
    }
}
