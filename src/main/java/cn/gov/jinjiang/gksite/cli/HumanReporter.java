package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Compiler-style lines: {@code file:line:col: 错误 [code] message}, then the hint indented. */
final class HumanReporter implements Reporter {
    @Override
    public void report(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(d.toLine());
            if (!d.hint().isEmpty()) {
                for (String line : d.hint().split("\n")) {
                    out.println("    " + line);
                }
            }
        }
        out.flush();
    }
}
