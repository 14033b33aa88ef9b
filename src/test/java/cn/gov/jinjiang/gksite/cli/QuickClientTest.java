package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's quick client in perl (bin/gksite-client.pl), run by the perl of this machine against a real build
 * server in this JVM, or against a false one that answers as a test wants: it finds the server by the name Java gives
 * it, sends the bytes {@link ServerProtocol.Request} reads, passes on what comes back as {@link ServerClient} does, and
 * answers the launcher with the same exit codes.
 */
class QuickClientTest {
    private static final Path CLIENT = TestSites.REPO.resolve("src/main/dist/bin/gksite-client.pl");
    /** A key as the launcher makes it, with a space and Chinese in its paths (UTF-8 bytes above 127 in the hash). */
    private static final String KEY = "/opt/工具 目录/gksite.jar|/usr/bin/java|25.0.3|-Xmx1g|0022|zh_CN.UTF-8";

    @TempDir
    Path tmp;

    private Path runtime;
    private Path jar;
    private final List<CompletableFuture<Integer>> servers = new ArrayList<>();

    private record Run(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void folders() throws IOException {
        runtime = Files.createDirectories(tmp.resolve("run"));
        jar = Files.writeString(tmp.resolve("code.jar"), "the server's code");
    }

    @AfterEach
    void stopServers() throws Exception {
        for (CompletableFuture<Integer> s : servers) {
            for (int i = 0; i < 300 && !s.isDone(); i++) {
                ServerClient.send(
                        address().socket(),
                        new ServerProtocol.Request(
                                ServerProtocol.STOP, "", new Invocation(tmp, Map.of(), false), List.of()),
                        OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream());
                Thread.sleep(100);
            }
            s.get(30, TimeUnit.SECONDS);
        }
    }

    private ServerAddress address() throws ServerAddress.Unsafe {
        return ServerAddress.of(Map.of("XDG_RUNTIME_DIR", runtime.toString()), KEY, jar);
    }

    /** Runs the perl client in {@code cwd} with the key (unless {@code key} is null) and the test's runtime folder. */
    private Run perlWithKey(Path cwd, String key, String... args) throws Exception {
        return perlWithEnv(cwd, key, Map.of("GKSITE_CHARMAP", "UTF-8"), args);
    }

    /** {@link #perlWithKey} with these variables set besides. */
    private Run perlWithEnv(Path cwd, String key, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("perl", CLIENT.toString(), jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        for (String v : Invocation.VARIABLES) {
            pb.environment().remove(v);
        }
        pb.environment().remove("GKSITE_SERVER_KEY");
        if (key != null) {
            pb.environment().put("GKSITE_SERVER_KEY", key);
        }
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".bin");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
    }

    private Run perl(Path cwd, String... args) throws Exception {
        return perlWithKey(cwd, KEY, args);
    }

    private void startServer() throws Exception {
        ServerAddress a = address();
        BuildServer server = new BuildServer(a, Duration.ofMinutes(5), code -> {});
        CompletableFuture<Integer> f = BuildServerTest.serving(server);
        servers.add(f);
        for (int i = 0; i < 500 && !Files.exists(a.socket()); i++) {
            Thread.sleep(10);
        }
        assertThat(a.socket()).exists();
    }

    /** What one command line gave through the Java client, with the request the perl client would have sent. */
    private Run java(Path cwd, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerClient.send(
                address().socket(),
                new ServerProtocol.Request(
                        ServerProtocol.RUN, address().identity(), new Invocation(cwd, Map.of(), false), List.of(args)),
                out,
                err);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static String masked(Run r) {
        return r.code() + "\n" + r.text() + "\n" + r.err().replaceAll("用时 [0-9]+ 毫秒", "用时 … 毫秒");
    }

    @Test
    void itFindsTheServerByTheNameJavaGivesAndGetsWhatTheJavaClientGets() throws Exception {
        // (a jar's time before 1970, in part of a second: whole seconds down on both sides; set by touch, as Java sets
        // no time before 1970)
        Process touch = new ProcessBuilder("touch", "-d", "@-1.5", jar.toString()).start();
        assertThat(touch.waitFor()).isZero();
        assertThat(ServerAddress.identity(KEY, jar)).endsWith("\n-2");
        startServer();
        for (String fixture : List.of("warn-report.R5", "invalid-check.link-broken")) {
            Path a = TestSites.fixture(fixture, tmp.resolve("a").resolve(fixture));
            Path b = TestSites.fixture(fixture, tmp.resolve("b").resolve(fixture));
            for (List<String> line :
                    List.of(List.of("build"), List.of("build", "--format", "json"), List.of("check"))) {
                String[] args = line.toArray(String[]::new);
                Run quick = perl(a, args);
                Run slow = java(b, args);
                assertThat(masked(quick).replace(a.toString(), "…"))
                        .as("%s %s", fixture, line)
                        .isEqualTo(masked(slow).replace(b.toString(), "…"));
            }
        }
        // written in the client's folder, as the Java client's
        assertThat(tmp.resolve("a/warn-report.R5/site/index.html")).isRegularFile();
        assertThat(tmp.resolve("a/invalid-check.link-broken/site")).doesNotExist();
        assertThat(masked(perl(tmp, "build", "--source", "a/warn-report.R5")))
                .startsWith("0\n")
                .contains("构建完成");
    }

    @Test
    void theLauncherHearsWhenToRunTheCommandInAProcessOfItsOwn() throws Exception {
        // no folder yet, then no server in it: no server
        assertThat(perl(tmp, "build").code()).isEqualTo(ServerClient.NO_SERVER);
        address();
        assertThat(perl(tmp, "build").code()).isEqualTo(ServerClient.NO_SERVER);
        // no key, a key that is not UTF-8 (the Java client's then), a folder open to others
        assertThat(perlWithKey(tmp, null, "build").code()).isEqualTo(ServerClient.NOT_NOW);
        ProcessBuilder notUtf8 = new ProcessBuilder(
                        "bash",
                        "-c",
                        "GKSITE_SERVER_KEY=\"$(printf 'k\\377')\" exec perl \"$0\" \"$1\" build",
                        CLIENT.toString(),
                        jar.toString())
                .redirectErrorStream(true);
        notUtf8.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        Process p = notUtf8.start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(77);

        startServer();
        Path site = TestSites.fixture("valid-report", tmp.resolve("site"));
        // what the server does not run: another verb, help, a line the protocol cannot carry
        assertThat(perl(site, "publish").code()).isEqualTo(ServerClient.NOT_NOW);
        assertThat(perl(site, "build", "--help").code()).isEqualTo(ServerClient.NOT_NOW);
        assertThat(perl(site, "build", "--source", "x".repeat(ServerProtocol.MAX_STRING + 1))
                        .code())
                .isEqualTo(ServerClient.NOT_NOW);
        assertThat(site.resolve("site")).doesNotExist();
        Run built = perl(site, "build");
        assertThat(built.code()).as(built.err()).isZero();

        Files.setPosixFilePermissions(runtime.resolve("gksite"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(perl(site, "build").code()).isEqualTo(ServerClient.NOT_NOW);
        Files.setPosixFilePermissions(runtime.resolve("gksite"), PosixFilePermissions.fromString("rwx------"));

        // the jar replaced in the same second, at the same size: the name is the same, the server is stale and ends
        FileTime t = Files.getLastModifiedTime(jar);
        long second = t.to(TimeUnit.SECONDS) * 1000;
        Files.setLastModifiedTime(jar, FileTime.fromMillis(t.toMillis() == second ? second + 500 : second));
        assertThat(perl(site, "build").code()).isEqualTo(ServerClient.NO_SERVER);
        servers.get(0).get(30, TimeUnit.SECONDS);
    }

    @Test
    void itSendsOnlyUtf8AndIsDeafToTheCallersPerlSettings() throws Exception {
        // another encoding (the launcher says which) or bytes that are not UTF-8: the Java client's, before any server
        address();
        assertThat(perlWithEnv(tmp, KEY, Map.of("GKSITE_CHARMAP", "GB18030"), "build", "--source", "内容")
                        .code())
                .isEqualTo(77);
        assertThat(perlWithEnv(tmp, KEY, Map.of("GKSITE_CHARMAP", "GB18030"), "build")
                        .code())
                .isEqualTo(ServerClient.NO_SERVER);
        for (String bytes : List.of("\\377", "\\355\\240\\200", "\\364\\220\\200\\200")) {
            ProcessBuilder pb = new ProcessBuilder(
                            "bash",
                            "-c",
                            "exec perl \"$0\" \"$1\" build --source \"$(printf 'x" + bytes + "')\"",
                            CLIENT.toString(),
                            jar.toString())
                    .redirectErrorStream(true);
            pb.environment()
                    .putAll(Map.of(
                            "GKSITE_SERVER_KEY",
                            KEY,
                            "XDG_RUNTIME_DIR",
                            runtime.toString(),
                            "GKSITE_CHARMAP",
                            "UTF-8"));
            Process p = pb.start();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(bytes).isEqualTo(77);
        }
        // PERL_UNICODE's layers on stdout and stderr change no byte
        byte[] chinese = "构建完成。\n".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<ServerProtocol.Request> server =
                fake(frames(ServerProtocol.OUT, chinese, ServerProtocol.ERR, chinese, ServerProtocol.EXIT, 0));
        Run r = perlWithEnv(tmp, KEY, Map.of("GKSITE_CHARMAP", "UTF-8", "PERL_UNICODE", "SO"), "build", "内容");
        assertThat(server.get(30, TimeUnit.SECONDS).args()).containsExactly("build", "内容");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(chinese);
        assertThat(r.err()).isEqualTo("构建完成。\n");
    }

    @Test
    void aFolderThatIsALinkOrAnotherUsersOrTooDeepIsNotUsed() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(runtime.resolve("gksite"), real);
        assertThat(perl(tmp, "build").code()).isEqualTo(ServerClient.NOT_NOW);
        Files.delete(runtime.resolve("gksite"));

        // a socket's address holds 107 bytes: a folder deeper than that is left to a process of its own
        Path deep = Files.createDirectories(tmp.resolve("d".repeat(100)));
        Files.createDirectories(
                deep.resolve("gksite"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Run tooDeep =
                perlWithEnv(tmp, KEY, Map.of("GKSITE_CHARMAP", "UTF-8", "XDG_RUNTIME_DIR", deep.toString()), "build");
        assertThat(tooDeep.code()).isEqualTo(ServerClient.NOT_NOW);

        // more arguments than the protocol carries
        List<String> many = new ArrayList<>(List.of("build"));
        many.addAll(Collections.nCopies(ServerProtocol.MAX_ITEMS, "a"));
        address();
        assertThat(perl(tmp, many.toArray(String[]::new)).code()).isEqualTo(ServerClient.NOT_NOW);

        // another user's folder (where this test may give one away)
        var lookup = runtime.getFileSystem().getUserPrincipalLookupService();
        String other = System.getProperty("user.name").equals("nobody") ? "root" : "nobody";
        try {
            Files.setOwner(runtime.resolve("gksite"), lookup.lookupPrincipalByName(other));
        } catch (IOException e) {
            Assumptions.abort("cannot give a folder away here (not root): " + e);
        }
        assertThat(perl(tmp, "build").code()).isEqualTo(ServerClient.NOT_NOW);
    }

    @Test
    void perlsOwnErrorBeforeTheRequestLeavesTheCommandToTheJavaClient() throws Exception {
        // PERL_UNICODE=A (which the launcher unsets) makes the arguments characters: the request cannot be written
        CompletableFuture<ServerProtocol.Request> server = fake(frames(ServerProtocol.EXIT, 0));
        Run r = perlWithEnv(tmp, KEY, Map.of("GKSITE_CHARMAP", "UTF-8", "PERL_UNICODE", "A"), "build", "内容");
        assertThat(r.code()).as(r.err()).isEqualTo(77);
        server.cancel(true);
    }

    /** A false server at the address: reads one request, which it returns, and answers with {@code answer}'s bytes. */
    private CompletableFuture<ServerProtocol.Request> fake(byte[] answer) throws Exception {
        ServerAddress a = address();
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(a.socket()));
        return CompletableFuture.supplyAsync(() -> {
            try (server;
                    SocketChannel c = server.accept()) {
                ServerProtocol.Request r = ServerProtocol.Request.read(new DataInputStream(ServerProtocol.input(c)));
                var out = ServerProtocol.output(c);
                out.write(answer);
                out.flush();
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    Files.deleteIfExists(a.socket());
                } catch (IOException e) {
                    // left to the test's folder
                }
            }
        });
    }

    private static byte[] frames(Object... typeAndBytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        for (int i = 0; i < typeAndBytes.length; i += 2) {
            byte[] bytes = typeAndBytes[i + 1] instanceof Integer n
                    ? ByteBuffer.allocate(4).putInt(n).array()
                    : (byte[]) typeAndBytes[i + 1];
            d.writeByte((Byte) typeAndBytes[i]);
            d.writeInt(bytes.length);
            d.write(bytes);
        }
        return b.toByteArray();
    }

    @Test
    void itSendsTheRequestJavaReadsAndPassesOnEveryFrame() throws Exception {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        byte[] chinese = "构建完成。\n".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<ServerProtocol.Request> server = fake(frames(
                ServerProtocol.OUT,
                chinese,
                ServerProtocol.ERR,
                "警告\n".getBytes(StandardCharsets.UTF_8),
                ServerProtocol.OUT,
                big,
                ServerProtocol.EXIT,
                3));
        Path cwd = Files.createDirectories(tmp.resolve("站点 目录"));
        Run r = perl(cwd, "build", "--source", "内容 一", "");
        ServerProtocol.Request request = server.get(30, TimeUnit.SECONDS);
        assertThat(request.kind()).isEqualTo(ServerProtocol.RUN);
        assertThat(request.identity()).isEqualTo(address().identity());
        assertThat(request.invocation().cwd()).isEqualTo(cwd.toRealPath());
        assertThat(request.invocation().env()).isEmpty();
        assertThat(request.invocation().console()).isFalse();
        assertThat(request.args()).containsExactly("build", "--source", "内容 一", "");

        assertThat(r.code()).isEqualTo(3);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(chinese);
        expected.write(big);
        assertThat(r.out()).isEqualTo(expected.toByteArray());
        assertThat(r.err()).isEqualTo("警告\n");
    }

    @Test
    void aServerThatGoesAwayOrAnswersWhatIsNoFrameIsNoServerBeforeOutputAndLostAfter() throws Exception {
        byte[] part = "部分".getBytes(StandardCharsets.UTF_8);
        record Case(byte[] answer, int code, String out, boolean lost) {}
        List<Case> cases = List.of(
                new Case(new byte[0], ServerClient.NO_SERVER, "", false),
                new Case(frames(ServerProtocol.OUT, part), 2, "部分", true),
                new Case(new byte[] {ServerProtocol.OUT, 0x7f, 0, 0, 0}, ServerClient.NO_SERVER, "", false),
                new Case(frames(ServerProtocol.OUT, part, (byte) 9, new byte[0]), 2, "部分", true),
                new Case(frames(ServerProtocol.EXIT, new byte[2]), ServerClient.NO_SERVER, "", false),
                new Case(frames(ServerProtocol.REFUSED, ServerProtocol.STALE), ServerClient.NO_SERVER, "", false),
                new Case(frames(ServerProtocol.REFUSED, ServerProtocol.BUSY), ServerClient.NOT_NOW, "", false),
                new Case(frames(ServerProtocol.EXIT, 0), 0, "", false));
        for (Case c : cases) {
            CompletableFuture<ServerProtocol.Request> server = fake(c.answer());
            Run r = perl(tmp, "build");
            server.get(30, TimeUnit.SECONDS);
            assertThat(r.code()).as("%s", c).isEqualTo(c.code());
            assertThat(r.text()).as("%s", c).isEqualTo(c.out());
            assertThat(r.err().contains("server.lost")).as("%s", c).isEqualTo(c.lost());
        }
    }

    @Test
    void itEndsWhenTheLauncherThatStartedItIsKilled() throws Exception {
        ServerAddress a = address();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(a.socket()));
            ProcessBuilder pb = new ProcessBuilder(
                    "sh", "-c", "perl \"$0\" \"$1\" build & wait", CLIENT.toString(), jar.toString());
            pb.environment().put("GKSITE_SERVER_KEY", KEY);
            pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
            Process launcher = pb.start();
            server.configureBlocking(false);
            SocketChannel accepted = null;
            for (int i = 0; i < 3000 && accepted == null; i++) {
                accepted = server.accept();
                Thread.sleep(10);
            }
            assertThat(accepted).as("the client connected").isNotNull();
            accepted.configureBlocking(true);
            try (SocketChannel c = accepted) {
                ProcessHandle client =
                        launcher.toHandle().children().findFirst().orElseThrow();
                launcher.destroyForcibly();
                // a command that never answers: the client ends by itself, and the server sees its end
                client.onExit().get(30, TimeUnit.SECONDS);
                ServerProtocol.Request.read(new DataInputStream(ServerProtocol.input(c)));
                assertThat(c.read(ByteBuffer.allocate(1))).isEqualTo(-1);
            }
        }
    }
}
