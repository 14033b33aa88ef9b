package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteHandlerTest {
    @Test
    void refusesPathsThatCouldLeaveTheFolder() {
        assertThat(SiteHandler.unsafe("/../etc/passwd", "/../etc/passwd")).isTrue();
        assertThat(SiteHandler.unsafe("/a/%2e%2e/b", "/a/../b")).isTrue();
        assertThat(SiteHandler.unsafe("/a/%2E%2E/b", "/b")).isTrue();
        assertThat(SiteHandler.unsafe("/a%5c..%5cb", "/a\\..\\b")).isTrue();
        assertThat(SiteHandler.unsafe("/a%2fb", "/a/b")).isTrue();
        assertThat(SiteHandler.unsafe("/a%00b", "/a\0b")).isTrue();
        assertThat(SiteHandler.unsafe("/./a", "/./a")).isTrue();
    }

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(SiteHandler.unsafe("/", "/")).isFalse();
        assertThat(SiteHandler.unsafe("/xxgk/zfxxgkzl/ndbg/2025/", "/xxgk/zfxxgkzl/ndbg/2025/")).isFalse();
        assertThat(SiteHandler.unsafe("/css/site.css", "/css/site.css")).isFalse();
        assertThat(SiteHandler.unsafe("/a..b.html", "/a..b.html")).isFalse();
        assertThat(SiteHandler.unsafe("/%E9%99%84%E4%BB%B6.pdf", "/附件.pdf")).isFalse();
    }
}
