package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What names the open links, as offsets: an offset names a range that holds it, while a link is open. */
class LinkNamesTest {
    @Test
    void eventsCountOnlyWhileALinkIsOpen() {
        LinkNames names = new LinkNames();
        assertThat(names.anyOpen()).isFalse();
        names.event(1);
        names.opened();
        assertThat(names.anyOpen()).isTrue();
        names.opened();
        names.closed();
        assertThat(names.anyOpen()).isTrue();
        names.event(5);
        names.closed();
        assertThat(names.anyOpen()).isFalse();
        names.event(9);
        assertThat(names.any(0, 5)).isFalse();
        assertThat(names.any(0, 6)).isTrue();
        assertThat(names.any(5, 6)).isTrue();
        assertThat(names.any(6, 100)).isFalse();
        assertThat(names.any(0, 2)).isFalse();
    }

    @Test
    void rangesFindTheirEventsAmongMany() {
        LinkNames names = new LinkNames();
        names.opened();
        for (int i = 0; i < 100; i++) {
            names.event(10 * i);
            names.event(10 * i);
            names.event(10 * i - 5);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(names.any(10 * i, 10 * i + 1)).as("%d", i).isTrue();
            assertThat(names.any(10 * i + 1, 10 * i + 10)).as("%d", i).isFalse();
            assertThat(names.any(10 * i - 9, 10 * i)).as("%d", i).isFalse();
        }
        assertThat(names.any(-100, 0)).isFalse();
        assertThat(names.any(990, 991)).isTrue();
        assertThat(names.any(991, 10_000)).isFalse();
    }
}
