package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The nesting estimate line by line: which lines continue the open quotes and list items (by {@code >}, by the
 * content's column with tabs to multiples of four, by a blank line), which open new ones (list markers, quote
 * marks, not thematic breaks nor indented code), and fenced code, where nothing opens. Each case is a page (lines
 * separated by {@code /}, {@code ⇥} for a tab, {@code ·} for a space where spaces count) and the deepest nesting
 * with its line.
 */
class BlockNestingTest {

    /** The deepest nesting of a page and its line, as "depth@line". */
    static String deepest(String page) {
        String s = page.replace('/', '\n').replace('⇥', '\t').replace('·', ' ');
        BlockNesting nesting = new BlockNesting();
        int line = 1;
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start);
            // the lines are read within the whole page, as MarkdownLimits reads them
            nesting.line(s, start, end < 0 ? s.length() : end, line++);
            if (end < 0) {
                return nesting.deepest + "@" + nesting.deepestAt;
            }
            start = end + 1;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // quotes, with and without spaces, indented up to three columns
                "> a/> > b/> > > c                 | 3@3",
                ">a/>>b                            | 2@2",
                "···> a                            | 1@1",
                "····> a                           | 0@1",
                "正文/> > 引文                      | 2@2",
                // a quote continued at an indent of three columns, an item inside it continued by its column
                "> - a/···>···- b                  | 3@2",
                "> - a/····>···- b                 | 2@1",
                "> - a/>···- b                     | 3@2",
                ">- a/>··- b                       | 2@1",
                ">- a/>·- b                        | 2@1",
                "> > - a/> >   - b                 | 4@2",
                "> > - a/>>   - b                  | 4@2",
                // list items continued by their content's column
                "- a/··- b/····- c                 | 3@3",
                "- a/·- b                          | 1@1",
                "1. a/···1. b                      | 2@2",
                "1. a/··1. b                       | 1@1",
                "10) a/····- b                     | 2@2",
                "10) a/···- b                      | 1@1",
                "+ a/··+ b                         | 2@2",
                "* a/··* b                         | 2@2",
                "-⇥a/····- b                       | 2@2",
                "-⇥a/···- b                        | 1@1",
                "- a/⇥- b                          | 2@2",
                "·- a/⇥- b                         | 2@2",
                "-·····a/··- b                     | 2@2",
                "-····a/··- b                      | 1@1",
                "-····a/·····- b                   | 2@2",
                "-···a/····- b                     | 2@2",
                "-/··- b                           | 2@2",
                "-/·- b                            | 2@2",
                "- a/··········································- b  | 1@1",
                "-···/··- b                        | 2@2",
                "> a/··> b                         | 1@1",
                "- - -⇥                            | 0@1",
                "+ + +                             | 3@1",
                "- a/⇥··- b                        | 1@1",
                "> a/··                            | 1@1",
                "> a/>                             | 1@1",
                ">                                 | 1@1",
                "> -⇥a/> ··- b                     | 3@2",
                "``x/> > a                         | 2@2",
                // what is not a list marker
                "-a/··- b                          | 1@2",
                "1.a                               | 0@1",
                ". a                               | 0@1",
                ") a                               | 0@1",
                "a. b                              | 0@1",
                ".5 a                              | 0@1",
                "5                                 | 0@1",
                "5.                                | 1@1",
                "123456789. a/···········- b       | 2@2",
                "1234567890. a                     | 0@1",
                "1- a                              | 0@1",
                "- - a                             | 2@1",
                "- -                               | 2@1",
                "- 1) 2. + * a                     | 5@1",
                // blank lines continue list items, not quotes
                "- a//··- b                        | 2@3",
                "> - a//>···- b                    | 2@1",
                "- > a//··> b                      | 2@1",
                "- a/··> b//····- c                | 2@2",
                "- a/··- b//······- c              | 3@4",
                "- a/··- b/··//······- c           | 3@5",
                "- a/··- b/⇥//······- c            | 3@5",
                // a line that opens nothing keeps what it continues only in part (it may continue a paragraph)
                "- a/··- b/c/····- d               | 3@4",
                // thematic breaks open nothing
                "- - -                             | 0@1",
                "-··-··-                           | 0@1",
                "-⇥-⇥-··                           | 0@1",
                "_ _ _                             | 0@1",
                "- * * *                           | 1@1",
                "* - - -                           | 1@1",
                "- --                              | 0@1",
                "- -- a                            | 1@1",
                "- a -·-·-                         | 1@1",
                "> - * *                           | 4@1",
                "> * * *                           | 1@1",
                "**                                | 0@1",
                // indented code opens nothing
                "····- a                           | 0@1",
                "⇥- a                              | 0@1",
                "·⇥- a                             | 0@1",
                // fenced code: nothing opens until the fence closes with as many of its character
                "```/> > >/```/> a                 | 1@4",
                "~~~~/~~~/> > x/~~~~/> y           | 1@5",
                "```/~~~/> > x/```/> > > y         | 3@5",
                "···```/> > x/```/> y              | 1@4",
                "····```/> > x                     | 2@2",
                "```/····```/> > a/```/> b         | 1@5",
                "```/···```/> > a                  | 2@3",
                "``/> > a                          | 2@2",
                "``` a/- - b/`````/- - c           | 2@4",
                "> ```/> > > a/> ```/> > b         | 2@4",
                "- ```/··- - a/··```/··- - b        | 3@4",
                "- ```/··code/x/> > y              | 2@4",
                "> ```/> > > a/b/> > c             | 2@4",
            })
    void deepestNestingAndItsLine(String page, String expected) {
        assertThat(deepest(page)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"32 | 32@1", "33 | 33@1", "200 | 200@1"})
    void theDeepestLineIsReportedThoughOnlyTheLimitIsKept(int items, String expected) {
        assertThat(deepest("- ".repeat(items) + "a")).isEqualTo(expected);
        // Beyond the limit, the first line beyond it is reported; within, the deepest.
        String deeper = "- ".repeat(items) + "a/" + "- ".repeat(items + 5) + "b";
        assertThat(deepest(deeper)).isEqualTo((items + 5) + "@" + (items > MarkdownLimits.MAX_BLOCK_DEPTH ? 1 : 2));
    }
}
