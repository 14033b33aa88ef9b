package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page's and an attachment's address may look like, and why not, in the words the editor reads. */
class AddressesTest {
    private static final String PAGE_ONLY = "（页面地址只用文字、数字和 - _ . ~ ! $ & ' ( ) + , ; = @）";

    @Test
    void ordinaryAddressesAreAccepted() {
        for (String ok : List.of(
                "index.html",
                "xxgk/zfxxgkzl/ml/02/202008/t20200817_2406219.htm",
                "政务公开/通知-1.html",
                "a-_.~!$&'()+,;=@/b.html",
                "Zz09/😀.html",
                "con-x/com10.html",
                "a.b.c")) {
            assertThat(Addresses.pageProblem(ok)).as(ok).isNull();
            assertThat(Addresses.fileProblem(ok)).as(ok).isNull();
        }
        // An attachment may have a space, brackets and full-width spaces; a page may not.
        for (String file : List.of("附件 1.pdf", "a[1].pdf", "a　b.pdf", "a^b{c}.pdf", "a`b.pdf")) {
            assertThat(Addresses.fileProblem(file)).as(file).isNull();
            assertThat(Addresses.pageProblem(file)).as(file).isNotNull();
        }
    }

    @Test
    void segmentsThatNoFileSystemOrLinkCanHold() {
        assertThat(Addresses.pageProblem("a//b.html")).isEqualTo("地址中有空的一段（连续的“/”）");
        assertThat(Addresses.fileProblem("/a.pdf")).isEqualTo("地址中有空的一段（连续的“/”）");
        assertThat(Addresses.fileProblem("a/")).isEqualTo("地址中有空的一段（连续的“/”）");
        assertThat(Addresses.pageProblem("a/./b.html")).isEqualTo("“.”不能作为地址中的一段");
        assertThat(Addresses.fileProblem("../b.pdf")).isEqualTo("“..”不能作为地址中的一段");
        assertThat(Addresses.fileProblem("a./b.pdf")).isEqualTo("“a.”以点或空格结尾（Windows 上无法保存）");
        assertThat(Addresses.fileProblem("a /b.pdf")).isEqualTo("“a ”以点或空格结尾（Windows 上无法保存）");
        assertThat(Addresses.pageProblem("...")).isEqualTo("“...”以点或空格结尾（Windows 上无法保存）");
        for (String device : List.of("con", "CON.html", "Nul.txt", "com1.pdf", "lpt9", "aux.tar.gz", "prn")) {
            assertThat(Addresses.fileProblem("a/" + device))
                    .as(device)
                    .isEqualTo("“" + device + "”是 Windows 的设备名，无法保存为文件");
        }
    }

    @Test
    void charactersNeverInAnAddressAreNamed() {
        assertThat(Addresses.fileProblem("a#b.pdf")).isEqualTo("“a#b.pdf”中有不能用在地址里的字符“#”");
        for (String c : List.of("?", "%", "\\", ":", "*", "\"", "<", ">", "|")) {
            assertThat(Addresses.fileProblem("a" + c + "b")).as(c).isEqualTo("“a" + c + "b”中有不能用在地址里的字符“" + c + "”");
            assertThat(Addresses.pageProblem("a" + c + "b")).as(c).isEqualTo("“a" + c + "b”中有不能用在地址里的字符“" + c + "”");
        }
        assertThat(Addresses.fileProblem("a\tb")).isEqualTo("“a\tb”中有不能用在地址里的字符“空白字符 U+0009”");
        assertThat(Addresses.fileProblem("a\u0001b")).isEqualTo("“a\u0001b”中有不能用在地址里的字符“U+0001”");
        assertThat(Addresses.fileProblem("a\u007Fb")).isEqualTo("“a\u007Fb”中有不能用在地址里的字符“U+007F”");
        assertThat(Addresses.fileProblem("a\u200Bb")).isEqualTo("“a\u200Bb”中有不能用在地址里的字符“U+200B”");
        assertThat(Addresses.fileProblem("a\u202Eb")).isEqualTo("“a\u202Eb”中有不能用在地址里的字符“U+202E”");
        assertThat(Addresses.fileProblem("a\uE000b")).isEqualTo("“a\uE000b”中有不能用在地址里的字符“U+E000”");
        assertThat(Addresses.fileProblem("a\u0378b")).isEqualTo("“a\u0378b”中有不能用在地址里的字符“U+0378”");
        assertThat(Addresses.fileProblem("a\uD800b")).isEqualTo("“a\uD800b”中有不能用在地址里的字符“U+D800”");
        assertThat(Addresses.fileProblem("a\u2028b")).isEqualTo("“a\u2028b”中有不能用在地址里的字符“空白字符 U+2028”");
        assertThat(Addresses.fileProblem("a\u2029b")).isEqualTo("“a\u2029b”中有不能用在地址里的字符“空白字符 U+2029”");
        assertThat(Addresses.fileProblem("a\u0085b")).isEqualTo("“a\u0085b”中有不能用在地址里的字符“U+0085”");
    }

    @Test
    void aPageAddressHoldsOnlyTextDigitsAndSomePunctuation() {
        assertThat(Addresses.pageProblem("a b.html")).isEqualTo("“a b.html”中有不能用在页面地址里的字符“空格”" + PAGE_ONLY);
        assertThat(Addresses.pageProblem("a　b")).isEqualTo("“a　b”中有不能用在页面地址里的字符“空白字符 U+3000”" + PAGE_ONLY);
        assertThat(Addresses.pageProblem("a\u00A0b")).isEqualTo("“a\u00A0b”中有不能用在页面地址里的字符“空白字符 U+00A0”" + PAGE_ONLY);
        assertThat(Addresses.pageProblem("a[b")).isEqualTo("“a[b”中有不能用在页面地址里的字符“[”" + PAGE_ONLY);
        assertThat(Addresses.pageProblem("a^b")).isEqualTo("“a^b”中有不能用在页面地址里的字符“^”" + PAGE_ONLY);
        for (char c : "-_.~!$&'()+,;=@aZ09".toCharArray()) {
            assertThat(Addresses.pageChar(c)).as("%s", c).isTrue();
        }
        for (char c : " [ ] { } ^ ` /#?%\\:*\"<>|".toCharArray()) {
            assertThat(Addresses.pageChar(c)).as("%s", c).isFalse();
        }
        assertThat(Addresses.pageChar('政')).isTrue();
        assertThat(Addresses.pageChar('，')).isTrue();
        assertThat(Addresses.pageChar(0x1F600)).isTrue();
        assertThat(Addresses.pageChar(0x3000)).isFalse();
        assertThat(Addresses.pageChar(0x00A0)).isFalse();
        assertThat(Addresses.pageChar(0x200B)).isFalse();
        assertThat(Addresses.pageChar(0x0085)).isFalse();
        assertThat(Addresses.pageChar(0xE000)).isFalse();
        assertThat(Addresses.pageChar('\n')).isFalse();
    }

    @Test
    void lengthsAreCountedInBytes() {
        String seg200 = "a".repeat(200);
        assertThat(Addresses.pageProblem(seg200)).isNull();
        assertThat(Addresses.pageProblem("a".repeat(201)))
                .isEqualTo("“" + "a".repeat(20) + "…" + "a".repeat(12) + "”太长（201 字节，每一段最多 200 字节，约 66 个汉字）");
        // 67 汉字 are 201 bytes; 66 are 198.
        assertThat(Addresses.fileProblem("政".repeat(66))).isNull();
        assertThat(Addresses.fileProblem("政".repeat(67))).contains("太长（201 字节");
        String total1024 = String.join("/", seg200, seg200, seg200, seg200, seg200, "a".repeat(19));
        assertThat(total1024).hasSize(1024);
        assertThat(Addresses.fileProblem(total1024)).isNull();
        assertThat(Addresses.fileProblem(total1024 + "a")).isEqualTo("地址太长（1025 字节，最多 1024 字节）");
        assertThat(Addresses.fileProblem("政".repeat(39) + "#")).isEqualTo("“" + "政".repeat(39) + "#”中有不能用在地址里的字符“#”");
        assertThat(Addresses.fileProblem("政".repeat(40) + "#"))
                .isEqualTo("“" + "政".repeat(20) + "…" + "政".repeat(11) + "#”中有不能用在地址里的字符“#”");
        assertThat(Addresses.fileProblem("😀".repeat(40) + "#"))
                .isEqualTo("“" + "😀".repeat(20) + "…" + "😀".repeat(11) + "#”中有不能用在地址里的字符“#”");
    }

    @Test
    void invisibleCharactersAreShownByTheirCodes() {
        assertThat(Addresses.visible("a\u200Bb\nc\u202E😀政\uE000\u2028"))
                .isEqualTo("a\\u200Bb\\u000Ac\\u202E😀政\\uE000\\u2028");
        assertThat(Addresses.visible("")).isEmpty();
        assertThat(Addresses.visible("a b　c")).isEqualTo("a b　c");
    }
}
