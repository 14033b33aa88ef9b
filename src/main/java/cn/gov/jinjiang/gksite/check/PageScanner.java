package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.scan.FastPageScanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Scans one page into {@link PageFacts}: ids, every reference to another file or fragment, and the
 * accessibility basics a parser can see, all by {@link CheckRules}. Two readers feed the rules: jsoup, for any
 * page (it copes with other encodings and whatever broken markup a hand-written page has), and the byte scanner
 * of {@code check.scan}, for a page the build rendered, in less than a quarter of jsoup's CPU time. They give
 * equal facts on rendered pages (a differential test).
 *
 * <p>Without {@code track} every position is 0: the scan is faster, and the checker scans again with
 * positions only the few pages it has something to report on (the order of refs and problems is the same both
 * ways).
 */
final class PageScanner {
    private PageScanner() {}

    /** Scans a page with jsoup. */
    static PageFacts jsoup(String path, String html, boolean track) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(track));
        CheckRules rules = new CheckRules(path);
        JsoupEvents.walk(doc, track, rules);
        return rules.finish();
    }

    /** Scans a page the build rendered (valid UTF-8) from its bytes, without a DOM. */
    static PageFacts fast(String path, byte[] bytes, boolean track) {
        CheckRules rules = new CheckRules(path);
        FastPageScanner.scan(bytes, track, rules);
        return rules.finish();
    }
}
