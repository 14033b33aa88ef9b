package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputManifest;

/** Reports problems of one output page, at the source line when it can be found. */
record PageReporter(
        String page,
        OutputManifest.Entry entry,
        SourceLocator locator,
        Diagnostics diags,
        PageFacts facts,
        PositionScan tracked) {
    void ref(PageFacts.Ref ref, String code, String message, String hint) {
        PageFacts.Ref at = positioned(ref);
        report(Severity.ERROR, at.line(), at.column(), ref.inMain() ? ref.url() : "", code, message, hint);
    }

    void refWarning(PageFacts.Ref ref, String code, String message, String hint) {
        PageFacts.Ref at = positioned(ref);
        report(Severity.WARNING, at.line(), at.column(), ref.inMain() ? ref.url() : "", code, message, hint);
    }

    void problem(PageFacts.Problem pr) {
        PageFacts.Problem at = pr;
        if (pr.line() == 0) {
            int i = tracked.indexOf(facts.problems(), pr);
            PageFacts t = tracked.facts();
            at = t != null && i >= 0 && i < t.problems().size() ? t.problems().get(i) : pr;
        }
        report(Severity.ERROR, at.line(), at.column(), "", pr.code(), pr.message(), pr.hint(), pr.heading());
    }

    /** The same reference with its position, from a tracked re-scan when the first scan did not track. */
    private PageFacts.Ref positioned(PageFacts.Ref ref) {
        if (ref.line() != 0) {
            return ref;
        }
        int i = tracked.indexOf(facts.refs(), ref);
        PageFacts t = tracked.facts();
        return t != null && i >= 0 && i < t.refs().size() ? t.refs().get(i) : ref;
    }

    private void report(Severity sev, int line, int column, String url, String code, String message, String hint) {
        report(sev, line, column, url, code, message, hint, "");
    }

    /** Reports at the source line of {@code url} or of {@code heading} when found there, else in the output. */
    private void report(
            Severity sev, int line, int column, String url, String code, String message, String hint, String heading) {
        SourcePos out = new SourcePos(page, Math.max(line, 0), Math.max(column, 0));
        String source = entry == null ? "" : entry.source();
        SourcePos pos = !url.isEmpty()
                ? locator.locate(source, url).orElse(null)
                : !heading.isEmpty() ? locator.locateHeading(source, heading).orElse(null) : null;
        String where;
        if (pos != null) {
            where = "（输出页面 " + out + "）";
        } else {
            pos = out;
            where = source.isEmpty()
                    ? ""
                    : "（页面来自 " + source + (entry.template().isEmpty() ? "" : "，模板 " + entry.template()) + "）";
        }
        diags.add(new Diagnostic(sev, code, message + where, hint, pos));
    }
}
