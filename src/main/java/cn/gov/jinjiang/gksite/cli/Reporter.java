package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics in one of the two formats of the command-line contract. */
interface Reporter {
    void report(List<Diagnostic> diagnostics, PrintWriter out);

    static Reporter of(String format) {
        return "json".equals(format) ? new JsonReporter() : new HumanReporter();
    }
}
