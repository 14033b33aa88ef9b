package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resident build server, in this JVM on a real Unix socket: a command line run through it gives what it gives in a
 * process of its own (the same stdout, stderr, exit code and site), with its paths taken relative to the client's
 * folder; and the server refuses, or ends, whenever it could not give the same.
 */
class BuildServerTest {
    @TempDir
    Path tmp;

    private ServerAddress address;
    private final List<Integer> halts = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Integer>> servers = new ArrayList<>();

    @BeforeEach
    void address() throws Exception {
        Path dir = tmp.resolve("run");
        ServerAddress.ensurePrivate(dir);
        Path code = tmp.resolve("code.jar");
        Files.writeString(code, "the server's code");
        address = new ServerAddress(dir, dir.resolve("t.sock"), dir.resolve("t.lock"), code, "key\n17\n1700000000");
    }

    @AfterEach
    void stop() throws Exception {
        for (CompletableFuture<Integer> s : servers) {
            // (refused while a build that lost its client finishes)
            for (int i = 0; i < 300 && !s.isDone(); i++) {
                send(ServerProtocol.STOP, tmp, List.of());
                Thread.sleep(100);
            }
            s.get(30, TimeUnit.SECONDS);
        }
    }

    private CompletableFuture<Integer> start(Duration idle) throws Exception {
        CompletableFuture<Integer> f = launch(new BuildServer(address, idle, halts::add));
        for (int i = 0; i < 500 && !f.isDone(); i++) {
            try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                c.connect(UnixDomainSocketAddress.of(address.socket()));
                c.shutdownOutput();
                // a connection that sends nothing is dropped: wait for that, so the server is free again
                c.read(ByteBuffer.allocate(8));
                return f;
            } catch (IOException e) {
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the server did not start");
    }

    /** Runs {@code server} on a thread of its own (stopped after the test). */
    private CompletableFuture<Integer> launch(BuildServer server) {
        CompletableFuture<Integer> f = serving(server);
        servers.add(f);
        return f;
    }

    /** Runs {@code server} on a thread of its own; its result is {@link BuildServer#serve}'s. */
    static CompletableFuture<Integer> serving(BuildServer server) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return server.serve();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                r -> new Thread(r, "test-server").start());
    }

    /** What a command line gave: exit code, stdout, stderr (its elapsed time masked). */
    record Outcome(int code, String out, String err) {
        static Outcome of(int code, ByteArrayOutputStream out, ByteArrayOutputStream err) {
            return new Outcome(code, mask(out), mask(err));
        }

        private static String mask(ByteArrayOutputStream s) {
            return s.toString(StandardCharsets.UTF_8).replaceAll("用时 [0-9]+ 毫秒", "用时 … 毫秒");
        }
    }

    private Outcome send(int kind, Path cwd, List<String> args) {
        return send(kind, cwd, Map.of(), args);
    }

    private Outcome send(int kind, Path cwd, Map<String, String> env, List<String> args) {
        return send(kind, address.identity(), cwd, env, args);
    }

    private Outcome send(int kind, String identity, Path cwd, Map<String, String> env, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerClient.send(
                address.socket(),
                new ServerProtocol.Request(kind, identity, new Invocation(cwd, env, false), args),
                out,
                err);
        return Outcome.of(code, out, err);
    }

    private static Outcome inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Clock.systemUTC(),
                        new Invocation(null, Map.of(), false))
                .execute(args);
        return Outcome.of(code, out, err);
    }

    /** The files below {@code dir} and a digest of each (none when it is missing). */
    private static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            var sha = MessageDigest.getInstance("SHA-256");
            TestSites.snapshot(dir).forEach((k, v) -> out.put(k, HexFormat.of().formatHex(sha.digest(v))));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "valid-report, build",
        "valid-report, build --format json",
        "valid-report, build --no-check --drafts",
        "drafts-with-errors, build",
        "drafts-with-errors, build --drafts --format json",
        "invalid-check.link-broken, build",
        "warn-report.R5, build",
        "hostile-html, build",
        "invalid-config.base-url, build",
        "valid-report, build --no-such-option",
        "valid-report, check --format json",
    })
    void aCommandLineGivesThroughTheServerWhatItGivesInAProcessOfItsOwn(String fixture, String line) throws Exception {
        start(Duration.ofMinutes(5));
        Path site = TestSites.fixture(fixture, tmp.resolve("site"));
        List<String> args = new ArrayList<>(List.of(line.split(" ")));
        args.addAll(List.of("--source", site.toString()));
        Outcome alone = inProcess(args.toArray(String[]::new));
        Map<String, String> built = digests(site.resolve("site"));
        for (String made : List.of("site", ".gksite")) {
            if (Files.exists(site.resolve(made))) {
                TestSites.deleteTree(site.resolve(made));
            }
        }

        // the site's folder relative to the client's folder, as an editor types it
        List<String> relative = new ArrayList<>(List.of(line.split(" ")));
        relative.addAll(List.of("--source", "site"));
        Outcome served = send(ServerProtocol.RUN, tmp, relative);

        assertThat(served).isEqualTo(alone);
        assertThat(digests(site.resolve("site"))).isEqualTo(built);
        assertThat(halts).isEmpty();
    }

    @Test
    void theSourceAndOutputDefaultToTheClientsFolderNotTheServers() throws Exception {
        start(Duration.ofMinutes(5));
        Path site = TestSites.fixture("valid-report", tmp.resolve("a/b"));

        Outcome built = send(ServerProtocol.RUN, site, List.of("build", "--out", "../out"));
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(tmp.resolve("a/out/index.html")).isRegularFile();
        assertThat(Path.of("out")).doesNotExist();

        Outcome again = send(ServerProtocol.RUN, site, List.of("build"));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(site.resolve("site/index.html")).isRegularFile();

        Outcome checked = send(ServerProtocol.RUN, site, List.of("check", "--site", "../out"));
        assertThat(checked.code()).as(checked.err()).isZero();
        assertThat(checked.err()).startsWith("检查完成");
    }

    @Test
    void aSecondCommandWhileOneRunsIsRefusedAndTheServerStaysUp() throws Exception {
        start(Duration.ofMinutes(5));
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        try (SocketChannel first = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            first.connect(UnixDomainSocketAddress.of(address.socket()));
            // the first has not sent its command line yet: the server is taken
            Thread.sleep(200);
            assertThat(send(ServerProtocol.RUN, site, List.of("build")).code()).isEqualTo(ServerClient.NOT_NOW);
        }
        Thread.sleep(200);
        assertThat(send(ServerProtocol.RUN, site, List.of("build")).code()).isZero();
    }

    @Test
    void aClientThatLookedForAnotherServerIsRefusedAndNothingRuns() throws Exception {
        start(Duration.ofMinutes(5));
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        for (String other : List.of("", "key\n17\n1700000001", "key2\n17\n1700000000", address.identity() + "\n")) {
            assertThat(send(ServerProtocol.RUN, other, site, Map.of(), List.of("build")))
                    .as(other)
                    .isEqualTo(new Outcome(ServerClient.NOT_NOW, "", ""));
        }
        assertThat(site.resolve("site")).doesNotExist();
        assertThat(send(ServerProtocol.RUN, site, List.of("build")).code()).isZero();
        assertThat(site.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void otherVerbsAreNotServed() throws Exception {
        start(Duration.ofMinutes(5));
        for (String verb : List.of("publish", "serve", "new", "import", "hook", "--version", "")) {
            assertThat(send(ServerProtocol.RUN, tmp, verb.isEmpty() ? List.of() : List.of(verb))
                            .code())
                    .as(verb)
                    .isEqualTo(ServerClient.NOT_NOW);
        }
        // help and version are styled by the process's own terminal; @file is read relative to its folder
        for (List<String> line : List.of(
                List.of("build", "--help"),
                List.of("build", "-h"),
                List.of("check", "--version"),
                List.of("build", "@args.txt"))) {
            assertThat(send(ServerProtocol.RUN, tmp, line).code())
                    .as("%s", line)
                    .isEqualTo(ServerClient.NOT_NOW);
        }
        assertThat(BuildServer.served(List.of("build"))).isTrue();
        assertThat(BuildServer.served(List.of("check", "--site", "x"))).isTrue();
    }

    @Test
    void aClientThatGoesAwayDuringItsBuildEndsTheServer() throws Exception {
        start(Duration.ofMinutes(5));
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(address.socket()));
            new ServerProtocol.Request(
                            ServerProtocol.RUN,
                            address.identity(),
                            new Invocation(site, Map.of(), false),
                            List.of("build"))
                    .write(new DataOutputStream(Channels.newOutputStream(c)));
        }
        for (int i = 0; i < 1000 && halts.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(halts).containsExactly(130);
    }

    @Test
    void aClientThatStaysToTheEndDoesNotEndIt() throws Exception {
        start(Duration.ofMinutes(5));
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        assertThat(send(ServerProtocol.RUN, site, List.of("build")).code()).isZero();
        Thread.sleep(300);
        assertThat(halts).isEmpty();
    }

    @Test
    void aChangedJarEndsTheServerAndTheCommandRunsInAProcessOfItsOwn() throws Exception {
        CompletableFuture<Integer> server = start(Duration.ofMinutes(5));
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        Files.setLastModifiedTime(address.code(), FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        assertThat(send(ServerProtocol.RUN, site, List.of("build")).code()).isEqualTo(ServerClient.NO_SERVER);
        assertThat(server.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(address.socket()).doesNotExist();
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void aChangedJarEndsAnIdleServerWithoutARequest() throws Exception {
        CompletableFuture<Integer> server = start(Duration.ofMinutes(5));
        Files.setLastModifiedTime(address.code(), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(server.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(address.socket()).doesNotExist();
    }

    @Test
    void itEndsWhenIdleAndWhenAskedTo() throws Exception {
        CompletableFuture<Integer> idle = start(Duration.ofSeconds(1));
        assertThat(idle.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(address.socket()).doesNotExist();

        CompletableFuture<Integer> stopped = start(Duration.ofMinutes(5));
        assertThat(ServerClient.stopAll(
                        address.dir(), new Invocation(tmp, Map.of(), false), new ByteArrayOutputStream()))
                .isZero();
        assertThat(stopped.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(send(ServerProtocol.RUN, tmp, List.of("build")).code()).isEqualTo(ServerClient.NO_SERVER);
    }

    @Test
    void aSecondServerAtTheSameAddressGivesWayAtOnce() throws Exception {
        start(Duration.ofMinutes(5));
        assertThat(new BuildServer(address, Duration.ofMinutes(5), halts::add).serve())
                .isZero();
        assertThat(address.socket()).exists();
        assertThat(send(ServerProtocol.RUN, tmp, List.of("build", "--source", "missing"))
                        .code())
                .isEqualTo(2);
    }

    @Test
    void aStaleSocketOfAServerThatIsGoneIsReplaced() throws Exception {
        Files.writeString(address.socket(), "left behind");
        start(Duration.ofMinutes(5));
        assertThat(send(ServerProtocol.RUN, tmp, List.of("build", "--source", "missing"))
                        .code())
                .isEqualTo(2);
    }

    @Test
    void garbageIsDroppedAndTheNextClientServed() throws Exception {
        start(Duration.ofMinutes(5));
        for (byte[] junk : List.of(
                "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0x47, 0x4B, 0x53, 0x31, 0, 0, 0, 1, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff},
                new byte[0])) {
            try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                c.connect(UnixDomainSocketAddress.of(address.socket()));
                c.write(ByteBuffer.wrap(junk));
                c.shutdownOutput();
                assertThat(c.read(ByteBuffer.allocate(16))).isEqualTo(-1);
            }
        }
        assertThat(send(ServerProtocol.RUN, tmp, List.of("build", "--source", "missing"))
                        .code())
                .isEqualTo(2);
        assertThat(halts).isEmpty();
    }

    @Test
    void aCommandThatComesDuringTheWarmUpIsServedAfterItGivesWay() throws Exception {
        List<String> warmed = new CopyOnWriteArrayList<>();
        BuildServer server = new BuildServer(address, Duration.ofMinutes(5), halts::add, stop -> {
            // a warm-up of many builds, each checking whether to stop first
            for (int i = 0; i < 1000 && !stop.getAsBoolean(); i++) {
                warmed.add("build " + i);
                LockSupport.parkNanos(20_000_000);
            }
            warmed.add("stopped");
        });
        launch(server);
        for (int i = 0; i < 500 && warmed.isEmpty(); i++) {
            Thread.sleep(10);
        }
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        Outcome built = send(ServerProtocol.RUN, site, List.of("build"));
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(warmed).last().isEqualTo("stopped");
        assertThat(warmed.size()).isLessThan(500);
    }
}
