package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.publish.PublishRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code publish --history} as an office reads it: Beijing time to the second, untracked files counted. */
class PublishHistoryTest {
    @Test
    void timesAreBeijingTimeToTheSecondAndUntrackedFilesAreNamed() {
        PublishRecord clean = new PublishRecord(
                Instant.parse("2026-01-20T02:03:04.123456789Z"),
                "/srv/www",
                "0123456789abcdef0123456789abcdef01234567",
                false,
                List.of("index.html"),
                List.of(),
                List.of(),
                List.of(),
                0);
        PublishRecord untracked = new PublishRecord(
                Instant.parse("2026-01-20T16:30:00Z"),
                "/srv/www",
                "unknown",
                true,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                2);
        StringWriter text = new StringWriter();
        PublishCommand.printHistory(List.of(clean, untracked), new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(0))
                .startsWith("2026-01-20 10:03:04  /srv/www  提交 0123456789ab  新增 1")
                .doesNotContain("Z")
                .doesNotContain(".123");
        // 16:30 UTC is half past midnight of the next day in Beijing.
        assertThat(lines.get(1)).startsWith("2026-01-21 00:30:00").contains("其中 2 个文件不在 git 中");
    }
}
