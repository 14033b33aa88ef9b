package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.markdown.OpenTags.Open;
import org.junit.jupiter.api.Test;

/** The elements raw HTML keeps open in a block, and what a refused piece of HTML takes back. */
class OpenTagsTest {
    @Test
    void elementsOpenOutermostFirstAtTheirOffsetInTheBody() {
        OpenTags tags = new OpenTags();
        tags.piece(at -> at + 100);
        tags.push("div", 0);
        tags.push("span", 5);
        tags.push("b", -1);
        assertThat(tags.open()).containsExactly(new Open("div", 100), new Open("span", 105), new Open("b", -1));
        assertThat(tags.has("span")).isTrue();
        assertThat(tags.has("p")).isFalse();
    }

    @Test
    void anEndTagClosesItsElementAndEveryElementInsideIt() {
        OpenTags tags = new OpenTags();
        tags.push("div", 0);
        tags.push("span", 5);
        tags.push("b", 11);
        tags.closeTo("span");
        assertThat(tags.open()).containsExactly(new Open("div", 0));
        assertThat(tags.has("span")).isFalse();
        assertThat(tags.has("b")).isFalse();
        assertThat(tags.has("div")).isTrue();
    }

    @Test
    void anElementOpenTwiceIsOpenUntilBothAreClosed() {
        OpenTags tags = new OpenTags();
        tags.push("div", 0);
        tags.push("div", 5);
        tags.closeTo("div");
        assertThat(tags.has("div")).isTrue();
        assertThat(tags.open()).containsExactly(new Open("div", 0));
        tags.closeTo("div");
        assertThat(tags.has("div")).isFalse();
        assertThat(tags.open()).isEmpty();
    }

    @Test
    void undoTakesBackWhatTheRefusedPieceChangedAndNothingBefore() {
        OpenTags tags = new OpenTags();
        tags.push("div", 0);
        tags.push("span", 5);
        tags.push("b", 11);
        tags.commit();
        tags.piece(at -> at + 20);
        tags.closeTo("span");
        tags.push("i", 2);
        tags.push("span", 4);
        tags.undo();
        assertThat(tags.open()).containsExactly(new Open("div", 0), new Open("span", 5), new Open("b", 11));
        assertThat(tags.has("i")).isFalse();
        assertThat(tags.has("span")).isTrue();
        assertThat(tags.has("b")).isTrue();
        // Undone, the journal is empty: a second undo changes nothing.
        tags.undo();
        assertThat(tags.open()).containsExactly(new Open("div", 0), new Open("span", 5), new Open("b", 11));
        tags.closeTo("span");
        assertThat(tags.has("span")).isFalse();
        assertThat(tags.open()).containsExactly(new Open("div", 0));
    }

    @Test
    void aSecondUndoTakesNothingMoreBack() {
        OpenTags tags = new OpenTags();
        tags.push("div", 0);
        tags.commit();
        tags.push("i", 2);
        tags.undo();
        tags.undo();
        assertThat(tags.open()).containsExactly(new Open("div", 0));
    }

    @Test
    void commitKeepsThePiece() {
        OpenTags tags = new OpenTags();
        tags.push("div", 0);
        tags.commit();
        tags.push("p", 3);
        tags.closeTo("p");
        tags.commit();
        tags.undo();
        assertThat(tags.open()).containsExactly(new Open("div", 0));
        tags.closeTo("div");
        tags.undo();
        assertThat(tags.open()).containsExactly(new Open("div", 0));
        assertThat(tags.has("div")).isTrue();
    }

    @Test
    void theOpenElementsAreACopy() {
        OpenTags tags = new OpenTags();
        tags.push("div", 0);
        var before = tags.open();
        tags.push("p", 1);
        assertThat(before).containsExactly(new Open("div", 0));
    }
}
