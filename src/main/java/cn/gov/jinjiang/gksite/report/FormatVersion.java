package cn.gov.jinjiang.gksite.report;

/**
 * The national report formats. The 2019 trial format (国办公开办函〔2019〕60号) applies to reports for
 * 2019 and 2020; the 2021 format (国办公开办函〔2021〕30号) to 2021 onward.
 */
public enum FormatVersion {
    V2019("2019", "国办公开办函〔2019〕60号"),
    V2021("2021", "国办公开办函〔2021〕30号");

    private final String id;
    private final String source;

    FormatVersion(String id, String source) {
        this.id = id;
        this.source = source;
    }

    public static FormatVersion forYear(int year) {
        return year <= 2020 ? V2019 : V2021;
    }

    /** "2019" or "2021", as written in data.yaml's {@code format:}. */
    public String id() {
        return id;
    }

    /** The document that defines the format. */
    public String source() {
        return source;
    }
}
