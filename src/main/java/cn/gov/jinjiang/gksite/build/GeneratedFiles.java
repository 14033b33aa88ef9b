package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.output.DataDownloadWriter;
import cn.gov.jinjiang.gksite.output.FeedWriter;
import cn.gov.jinjiang.gksite.output.SearchIndexWriter;
import cn.gov.jinjiang.gksite.output.SitemapWriter;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a build writes besides the pages: report data downloads, sitemap.xml and robots.txt, Atom
 * feeds, the search index. One list for the full build and the preview's incremental build, so both write the same
 * site.
 */
final class GeneratedFiles {
    private GeneratedFiles() {}

    /** @param search what the last build wrote of the search index, to update it from (null: none) */
    static List<RenderedFile> of(
            ContentTree tree, List<AnnualReport> reports, SiteConfig config, SearchIndexWriter.Previous search) {
        return of(tree, reports, config, new SearchIndexWriter(false), search);
    }

    /** @param search the search index writer; the preview keeps one, which reuses what unchanged pages gave */
    static List<RenderedFile> of(
            ContentTree tree, List<AnnualReport> reports, SiteConfig config, SearchIndexWriter search) {
        return of(tree, reports, config, search, null);
    }

    private static List<RenderedFile> of(
            ContentTree tree,
            List<AnnualReport> reports,
            SiteConfig config,
            SearchIndexWriter search,
            SearchIndexWriter.Previous previous) {
        List<RenderedFile> out =
                new ArrayList<>(new DataDownloadWriter().files(tree, reports, config.organisation(), config.bodies()));
        out.addAll(new SitemapWriter().files(tree, config.baseUrl()));
        out.addAll(new FeedWriter().files(tree, config.baseUrl(), config.name()));
        out.addAll(search.files(tree, previous));
        return out;
    }
}
