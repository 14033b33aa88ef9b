package cn.gov.jinjiang.gksite.diag;

/** How bad a diagnostic is. Only {@link #ERROR} fails a build. */
public enum Severity {
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    INFO("提示", "info");

    private final String chinese;
    private final String english;

    Severity(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The Chinese word shown to editors, e.g. 错误. */
    public String chinese() {
        return chinese;
    }

    /** The stable lower-case English word used in JSON output and in site.yaml. */
    public String english() {
        return english;
    }

    /** Parses {@code error|warning|info} (as written in site.yaml), or returns null. */
    public static Severity parse(String word) {
        for (Severity s : values()) {
            if (s.english.equalsIgnoreCase(word) || s.chinese.equals(word)) {
                return s;
            }
        }
        return null;
    }
}
