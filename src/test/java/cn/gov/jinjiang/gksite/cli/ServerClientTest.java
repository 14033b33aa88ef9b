package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client leaves to a process of its own, before it tries any server. */
class ServerClientTest {
    @TempDir
    Path tmp;

    @Test
    void aCommandLineTheProtocolCannotCarryRunsInAProcessOfItsOwn() {
        String huge = "x".repeat(ServerProtocol.MAX_STRING + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("GKSITE_SERVER_KEY", "k", "XDG_RUNTIME_DIR", tmp.toString());
        // no server at this address: a command line it could carry is "no server yet"; this one is "not now"
        assertThat(ServerClient.run(env, new String[] {"build", "--source", "x"}, out, out))
                .isEqualTo(ServerClient.NO_SERVER);
        assertThat(ServerClient.run(env, new String[] {"build", "--source", huge}, out, out))
                .isEqualTo(ServerClient.NOT_NOW);
        assertThat(out.size()).isZero();
    }

    @Test
    void theLimitsAreThoseTheServerReads() {
        Invocation here = new Invocation(tmp, Map.of(), false);
        String most = "x".repeat(ServerProtocol.MAX_STRING);
        assertThat(new ServerProtocol.Request(ServerProtocol.RUN, "", here, List.of("build", most)).fits())
                .isTrue();
        assertThat(new ServerProtocol.Request(ServerProtocol.RUN, "", here, List.of("build", most + "x")).fits())
                .isFalse();
        // counted in bytes: a Chinese character is three
        String chinese = "字".repeat(ServerProtocol.MAX_STRING / 3 + 1);
        assertThat(new ServerProtocol.Request(ServerProtocol.RUN, "", here, List.of(chinese)).fits())
                .isFalse();
        assertThat(new ServerProtocol.Request(
                                ServerProtocol.RUN, "", here, Collections.nCopies(ServerProtocol.MAX_ITEMS + 1, "a"))
                        .fits())
                .isFalse();
    }
}
