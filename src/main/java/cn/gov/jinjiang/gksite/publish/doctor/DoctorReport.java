package cn.gov.jinjiang.gksite.publish.doctor;

import java.util.List;
import java.util.Optional;

/** What {@code gksite doctor} found, one check after another. */
public record DoctorReport(List<DoctorCheck> checks) {
    public DoctorReport {
        checks = List.copyOf(checks);
    }

    /** Whether any check failed (✘): the command's exit code is then not 0. */
    public boolean failed() {
        return checks.stream().anyMatch(c -> c.status() == DoctorCheck.Status.FAIL);
    }

    /** The check {@code id}, if it was made. */
    public Optional<DoctorCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
