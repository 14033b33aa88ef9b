package cn.gov.jinjiang.gksite.publish.doctor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The feature release of a Java version string ({@code java.version}): 17 for "17.0.2", 8 for "1.8.0_392". */
public final class JavaVersion {
    /** The oldest Java gksite runs on. */
    public static final int REQUIRED = 17;

    private static final Pattern LEGACY = Pattern.compile("1\\.(\\d+)(?:[._+-].*)?");
    private static final Pattern MODERN = Pattern.compile("(\\d+)(?:[.+-].*)?");

    private JavaVersion() {}

    /** The feature release of {@code version}, or -1 when it is not a Java version. */
    public static int feature(String version) {
        String v = version == null ? "" : version.strip();
        Matcher m = LEGACY.matcher(v);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        m = MODERN.matcher(v);
        if (m.matches() && m.group(1).length() <= 4) {
            return Integer.parseInt(m.group(1));
        }
        return -1;
    }

    /** The check of {@code version} (and where that Java is). */
    static DoctorCheck check(String version, String home) {
        int f = feature(version);
        String found = "Java " + version + (home.isEmpty() ? "" : "（" + home + "）");
        if (f >= REQUIRED) {
            return DoctorCheck.ok("java", "Java 版本", found);
        }
        return DoctorCheck.fail(
                "java",
                "Java 版本",
                found + (f < 0 ? "：无法识别版本" : "：低于 " + REQUIRED),
                "安装 Java " + REQUIRED + " 或更新的版本（如 apt-get install openjdk-17-jre-headless，Windows 上安装 Temurin 17），"
                        + "并让 PATH 或 JAVA_HOME 指向它。");
    }
}
