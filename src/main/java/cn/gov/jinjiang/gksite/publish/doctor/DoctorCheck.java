package cn.gov.jinjiang.gksite.publish.doctor;

import java.util.Objects;

/**
 * The result of one check of {@code gksite doctor}.
 *
 * @param id     a stable English name for scripts: {@code java}, {@code rsync}, {@code ssh}, {@code target},
 *               {@code inotify}, {@code placeholders}, {@code build}
 * @param name   what was checked, in Chinese (e.g. Java 版本)
 * @param status how it went
 * @param detail what was found, in Chinese
 * @param fix    what to do, in Chinese; empty when nothing needs doing
 */
public record DoctorCheck(String id, String name, Status status, String detail, String fix) {
    public DoctorCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }

    /** How a check went. */
    public enum Status {
        /** Fine. */
        OK("✔", "ok"),
        /** Works, but something may get in the way later. */
        WARN("⚠", "warning"),
        /** Something a command will fail on. */
        FAIL("✘", "error");

        private final String sign;
        private final String word;

        Status(String sign, String word) {
            this.sign = sign;
            this.word = word;
        }

        /** ✔, ⚠ or ✘. */
        public String sign() {
            return sign;
        }

        /** {@code ok}, {@code warning} or {@code error}, for JSON. */
        public String word() {
            return word;
        }
    }

    static DoctorCheck ok(String id, String name, String detail) {
        return new DoctorCheck(id, name, Status.OK, detail, "");
    }

    static DoctorCheck warn(String id, String name, String detail, String fix) {
        return new DoctorCheck(id, name, Status.WARN, detail, fix);
    }

    static DoctorCheck fail(String id, String name, String detail, String fix) {
        return new DoctorCheck(id, name, Status.FAIL, detail, fix);
    }
}
