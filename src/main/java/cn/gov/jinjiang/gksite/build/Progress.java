package cn.gov.jinjiang.gksite.build;

/**
 * Told how far a build has come, so an interactive front end can draw a progress bar. Called from
 * several threads at once; implementations must be cheap and thread-safe. The library never draws.
 */
@FunctionalInterface
public interface Progress {
    /** No progress reporting. */
    Progress NONE = (stage, done, total) -> {};

    /**
     * @param stage a short Chinese name of the stage, e.g. 生成页面
     * @param done  units done so far
     * @param total units in all
     */
    void update(String stage, int done, int total);
}
