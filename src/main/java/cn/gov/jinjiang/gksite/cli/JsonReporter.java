package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.io.PrintWriter;
import java.util.List;

/**
 * One JSON object per diagnostic per line, with the keys {@code file, line, column, severity, code,
 * message} (and {@code hint}); file is relative to the source folder.
 */
final class JsonReporter implements Reporter {
    @Override
    public void report(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println("{\"file\":" + str(d.pos().file()) + ",\"line\":"
                    + d.pos().line() + ",\"column\":"
                    + d.pos().column() + ",\"severity\":" + str(d.severity().english()) + ",\"code\":" + str(d.code())
                    + ",\"message\":" + str(d.message()) + ",\"hint\":" + str(d.hint()) + "}");
        }
        out.flush();
    }

    static String str(String s) {
        return TextEscapes.json(s);
    }
}
