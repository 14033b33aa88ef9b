package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a report's 核对清单 to the findings of its rules. A finding that an entry of {@code 已核对} names
 * exactly (code, cell or place, value or words) no longer counts: it is reported as
 * {@code report.acknowledged} (info) with the entry's reason, who and when. Every other finding is passed on
 * unchanged. An entry that covers no finding any more is stale ({@code report.ack.stale}, a warning), so the
 * list never outlives the problems it names; when the same cell still breaks the rule with another value, the
 * finding itself is an error again.
 */
final class Acknowledger {
    private Acknowledger() {}

    /**
     * Passes {@code raw} (the report's diagnostics as its schema and rules reported them) on to {@code diags}
     * with the acknowledgements of {@code acks} applied, and returns the report's acknowledgeable findings.
     */
    static List<Finding> apply(
            FindingPlaces places, List<Diagnostic> raw, AckList acks, ReportFormat format, Diagnostics diags) {
        Map<String, Acknowledgement> bySubject = new HashMap<>();
        acks.acknowledged().forEach(a -> bySubject.put(a.subject(), a));
        Map<String, Finding> byPlace = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Diagnostic d : raw) {
            Optional<Finding> f = places.of(d);
            if (f.isEmpty()) {
                diags.add(d);
                continue;
            }
            Acknowledgement a = bySubject.get(f.get().subject());
            Finding found = f.get().with(a);
            out.add(found);
            byPlace.putIfAbsent(where(d.code(), found.cell(), found.place()), found);
            if (a == null) {
                diags.add(d);
                continue;
            }
            used.add(a.subject());
            diags.add(Diagnostic.info(
                    "report.acknowledged",
                    d.pos(),
                    "已核对，按原报告保留 [" + d.code() + "]：" + d.message() + "（" + a.reason() + "；" + a.by() + "，" + a.date()
                            + "）",
                    ""));
        }
        for (Acknowledgement a : acks.acknowledged()) {
            if (used.contains(a.subject())) {
                continue;
            }
            Finding now = byPlace.get(where(a.code(), a.cell(), a.place()));
            String what = a.cell().isEmpty()
                    ? a.place() + "“" + a.text() + "”"
                    : format.cellLabel(a.cell()) + "（核对时的值“" + a.text() + "”）";
            String change = now == null ? "这个问题已不再出现" : "这里现在是“" + now.text() + "”，与核对时不同，问题按未核对报告";
            diags.warning(
                    "report.ack.stale",
                    a.pos(),
                    "已核对的 [" + a.code() + "] " + what + "：" + change + "；这一条已不适用。",
                    "删去这一条；若仍要按原报告保留，确认数字与原报告一致后重新运行 gksite ack。");
        }
        return out;
    }

    private static String where(String code, String cell, String place) {
        return code + '\u0000' + cell + '\u0000' + place;
    }
}
