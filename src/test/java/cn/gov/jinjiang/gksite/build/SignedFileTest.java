package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed cache file is read back as written, and not at all when any byte of it changed or the key is another. */
class SignedFileTest {
    private static final SignedFile KIND =
            new SignedFile("gksite-test 1\n".getBytes(StandardCharsets.US_ASCII), 1 << 20);
    private static final String REL = ".gksite/cache/test.bin";

    @TempDir
    Path root;

    private static byte[] key(int first) {
        byte[] key = new byte[32];
        key[0] = (byte) first;
        return key;
    }

    @Test
    void everyByteIsCoveredTheTailToo() throws IOException {
        byte[] payload = "页面状态 payload, then the time: 12345678".getBytes(StandardCharsets.UTF_8);
        SignedFile.Open open = KIND.open(key(1), payload.clone(), 8);
        assertThat(open.put(root, REL, "ABCDEFGH".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        byte[] expected = payload.clone();
        System.arraycopy("ABCDEFGH".getBytes(StandardCharsets.US_ASCII), 0, expected, expected.length - 8, 8);
        assertThat(KIND.read(root, REL, key(1))).isEqualTo(expected);
        assertThat(KIND.read(root, REL, key(2))).isNull();

        Path file = root.resolve(REL);
        byte[] bytes = Files.readAllBytes(file);
        // header, nonce, payload (the tail at its end), tag: each byte changed in turn
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x20;
            Files.write(file, changed);
            assertThat(KIND.read(root, REL, key(1))).as("byte %d changed", i).isNull();
        }
        for (int n = 0; n < bytes.length; n++) {
            Files.write(file, Arrays.copyOf(bytes, n));
            assertThat(KIND.read(root, REL, key(1))).as("cut at %d", n).isNull();
        }
        Files.write(file, bytes);
        assertThat(KIND.read(root, REL, key(1))).isEqualTo(expected);
    }

    @Test
    void theSamePayloadIsSignedWithAnotherNonceEachTime() throws IOException {
        byte[] payload = new byte[1000];
        assertThat(KIND.write(root, REL, key(1), payload)).isTrue();
        byte[] first = Files.readAllBytes(root.resolve(REL));
        assertThat(KIND.write(root, REL, key(1), payload)).isTrue();
        byte[] second = Files.readAllBytes(root.resolve(REL));
        assertThat(second).hasSameSizeAs(first).isNotEqualTo(first);
        assertThat(KIND.read(root, REL, key(1))).isEqualTo(payload);
    }
}
