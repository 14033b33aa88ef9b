package cn.gov.jinjiang.gksite.output;

/** Strings shown with everything outside printable ASCII and CJK escaped, for readable failure messages. */
final class TestStrings {
    private TestStrings() {}

    static String show(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f || c >= 0x3400 && c <= 0x9FFF) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
