package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishRecordTest {
    private static final PublishRecord RECORD = new PublishRecord(
            Instant.parse("2026-03-01T08:00:00.123Z"),
            "www@web1:/var/www/\"gk\"",
            "0123456789abcdef0123456789abcdef01234567",
            true,
            List.of("xxgk/新页面.html"),
            List.of("index.html"),
            List.of("old\\tab\t.html"),
            List.of(
                    new PublishRecord.FileHash("index.html", "aa".repeat(32)),
                    new PublishRecord.FileHash("xxgk/新页面.html", "bb".repeat(32))),
            0);

    @Test
    void jsonRoundTrip() {
        String json = RECORD.toJson();
        assertThat(json)
                .contains("\"commit\": \"0123456789abcdef0123456789abcdef01234567\"")
                .contains("\"xxgk/新页面.html\"")
                .contains("\\\"gk\\\"");
        assertThat(PublishRecord.fromJson(json)).isEqualTo(RECORD);
    }

    @Test
    void emptyListsRoundTrip() {
        PublishRecord r = new PublishRecord(
                Instant.EPOCH, "/var/www/gk", "unknown", false, List.of(), List.of(), List.of(), List.of(), 0);
        assertThat(PublishRecord.fromJson(r.toJson())).isEqualTo(r);
    }

    @Test
    void theLogKeepsRecordsInTimeOrder(@TempDir Path source) {
        PublishLog log = new PublishLog(source);
        assertThat(log.read()).isEmpty();
        PublishRecord later = new PublishRecord(
                Instant.parse("2026-03-02T00:00:00Z"),
                "/var/www/gk",
                "unknown",
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);
        Path a = log.append(later);
        Path b = log.append(RECORD);
        Path c = log.append(RECORD);
        assertThat(a.getFileName().toString()).isEqualTo("20260302T000000000Z.json");
        assertThat(c).isNotEqualTo(b);
        assertThat(log.read()).containsExactly(RECORD, RECORD, later);
        assertThat(log.folder()).isEqualTo(source.toAbsolutePath().resolve(".gksite/publish-log"));
    }

    @Test
    void aDamagedLogFileIsNamedNotSkipped(@TempDir Path source) throws Exception {
        PublishLog log = new PublishLog(source);
        log.append(RECORD);
        Files.writeString(log.folder().resolve("20260101T000000000Z.json"), "{\"time\": ");
        assertThatThrownBy(log::read).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.log-corrupt");
            assertThat(e.diagnostics().get(0).pos().file()).isEqualTo(".gksite/publish-log/20260101T000000000Z.json");
        });
    }

    @Test
    void aLogThatCannotBeWrittenIsIoWrite(@TempDir Path source) throws Exception {
        Files.createDirectories(source.resolve(".gksite"));
        Files.writeString(source.resolve(".gksite/publish-log"), "not a folder");
        assertThatThrownBy(() -> new PublishLog(source).append(RECORD))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("io.write"));
        assertThat(source.resolve(".gksite/publish-log")).hasContent("not a folder");
    }
}
