package cn.gov.jinjiang.gksite.serve;

/** What a changed source path is, which decides how much is rebuilt. */
public enum ChangeKind {
    /** A page, an asset or a folder under content/. */
    CONTENT,
    /** A YAML data file under content/ (a report's data.yaml, for one). */
    DATA,
    /** A template, or any theme file outside static/. */
    TEMPLATE,
    /** A file under a theme's static/ (CSS, scripts, images). */
    THEME_STATIC,
    /** site.yaml. */
    CONFIG
}
