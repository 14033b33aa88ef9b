package cn.gov.jinjiang.gksite.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The resident build server: one JVM that runs {@code gksite build} and {@code gksite check} for the launcher's
 * client ({@link ServerClient}), so that a build after an edit does not pay for a JVM's start and warm-up each time.
 *
 * <p>A command line runs here exactly as in a process of its own: a new {@link Main} with the client's folder (paths
 * are resolved against it), its environment variables of {@link Invocation#VARIABLES} and its console, writing to the
 * client's stdout and stderr, its exit code the client's. What is not the same is refused, and the launcher runs the
 * build in a process of its own: another verb, a second build while one runs (one at a time), a client of another user
 * (checked by the socket's peer credentials), a client that looked for a server of another {@link
 * ServerAddress#identity} (another jar, java or setting, whose socket's name is this one's by chance), gksite's jar
 * changed since the server started (the server ends).
 *
 * <p>A client that goes away during its build (Ctrl-C) ends the server at once, as Ctrl-C ends a build process: the
 * site is put in place by a rename, so a build cut short leaves the old site, and its unfinished copy is cleared by the
 * next build. The server also ends after a failure of gksite itself (its state is not trusted after one), after
 * GKSITE_SERVER_IDLE seconds without a request (default 900), and when asked to stop. Right after it starts, it warms
 * up on a small site of its own ({@link Warmup}; GKSITE_SERVER_WARMUP=0: not at all, another number: that many pages),
 * giving way to the first command.
 */
public final class BuildServer {
    /** How long the server waits for a request before it ends, by default. */
    static final Duration IDLE = Duration.ofMinutes(15);

    private final ServerAddress address;
    private final Duration idle;
    private final IntConsumer halt;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Consumer<BooleanSupplier> warmup;
    /** Whether the warm-up holds the server (it gives way to a command), and whether it is to stop. */
    private final AtomicBoolean warming = new AtomicBoolean();

    private final AtomicBoolean stopWarming = new AtomicBoolean();
    private final AtomicBoolean ending = new AtomicBoolean();
    /** The accepting loop's selector, woken when the server is to end. */
    private volatile Selector selector;
    /** When the server last had something to do (System.nanoTime): a request came, or a build ended. */
    private final AtomicLong active = new AtomicLong(System.nanoTime());

    private final FileTime codeTime;
    private final long codeSize;

    /**
     * @param halt what ends the JVM at once when a client goes away during its build ({@link Runtime#halt} but in
     *             tests)
     */
    BuildServer(ServerAddress address, Duration idle, IntConsumer halt) throws IOException {
        this(address, idle, halt, null);
    }

    /**
     * @param warmup run once when the server has started ({@link Warmup#run}), told to stop when a command comes;
     *               null for none
     */
    BuildServer(ServerAddress address, Duration idle, IntConsumer halt, Consumer<BooleanSupplier> warmup)
            throws IOException {
        this.warmup = warmup;
        this.address = address;
        this.idle = idle;
        this.halt = halt;
        BasicFileAttributes a = Files.readAttributes(address.code(), BasicFileAttributes.class);
        this.codeTime = a.lastModifiedTime();
        this.codeSize = a.size();
    }

    public static void main(String[] args) {
        int code;
        try {
            String key = System.getenv("GKSITE_SERVER_KEY");
            if (key == null) {
                System.exit(ExitCodes.USAGE_OR_ENVIRONMENT);
            }
            ServerAddress address = ServerAddress.of(System.getenv(), key, ServerAddress.ownCode());
            int pages = Warmup.pages(System.getenv("GKSITE_SERVER_WARMUP"));
            Consumer<BooleanSupplier> warmup = pages == 0 ? null : stop -> Warmup.run(pages, stop);
            code = new BuildServer(
                            address, idle(System.getenv("GKSITE_SERVER_IDLE")), Runtime.getRuntime()::halt, warmup)
                    .serve();
        } catch (ServerAddress.Unsafe | IOException | RuntimeException e) {
            code = ExitCodes.USAGE_OR_ENVIRONMENT;
        }
        System.exit(code);
    }

    /** GKSITE_SERVER_IDLE in seconds (1 to 86,400), else {@link #IDLE}. */
    static Duration idle(String seconds) {
        if (seconds != null && seconds.matches("[0-9]{1,5}")) {
            long s = Long.parseLong(seconds);
            if (s >= 1 && s <= 86_400) {
                return Duration.ofSeconds(s);
            }
        }
        return IDLE;
    }

    /**
     * Serves until idle, stopped or stale, and returns 0; returns at once when another server holds the address.
     */
    int serve() throws IOException {
        try (FileChannel lockFile =
                        FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                return 0; // another server lives at this address
            }
            // A socket left by a server that is gone (the lock was free): ours to replace.
            Files.deleteIfExists(address.socket());
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                    Selector selector = Selector.open()) {
                server.bind(UnixDomainSocketAddress.of(address.socket()));
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                this.selector = selector;
                if (warmup != null) {
                    warm();
                }
                active.set(System.nanoTime());
                while (!ending.get()) {
                    long left = idle.toNanos() - (System.nanoTime() - active.get());
                    if (left <= 0 && !busy.get()) {
                        break;
                    }
                    selector.select(Math.max(
                            1, Math.min(Duration.ofNanos(Math.max(left, 0)).toMillis(), 1000)));
                    selector.selectedKeys().clear();
                    SocketChannel client = server.accept();
                    if (client == null) {
                        // gksite's jar replaced (an upgrade, a new build of it): this server's code is the old one
                        if (!busy.get() && !codeUnchanged()) {
                            break;
                        }
                        continue;
                    }
                    active.set(System.nanoTime());
                    client.configureBlocking(true);
                    if (warming.get()) {
                        // the warm-up gives way (it stops between two of its builds): the command waits for that
                        stopWarming.set(true);
                        for (int i = 0; i < 6000 && busy.get(); i++) {
                            sleep();
                        }
                    }
                    if (!busy.compareAndSet(false, true)) {
                        refuse(client, ServerProtocol.BUSY);
                        continue;
                    }
                    Thread t = new Thread(() -> handle(client), "build-server-request");
                    t.setDaemon(true);
                    t.start();
                }
            } finally {
                // the command running (if any) ends first, even when accepting failed
                while (busy.get()) {
                    sleep();
                }
                Files.deleteIfExists(address.socket());
            }
        }
        return 0;
    }

    /** Starts the warm-up on a thread of its own, holding the server until it is done or gives way. */
    private void warm() {
        busy.set(true);
        warming.set(true);
        Thread t = new Thread(
                () -> {
                    try {
                        warmup.accept(stopWarming::get);
                    } finally {
                        warming.set(false);
                        active.set(System.nanoTime());
                        busy.set(false);
                    }
                },
                "build-server-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** Makes the accepting loop end (after the command running, if any). */
    private void end() {
        ending.set(true);
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
    }

    /** The lock, or null when another server holds it (in another JVM, or in this one: a test's). */
    private static FileLock tryLock(FileChannel file) throws IOException {
        try {
            return file.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void refuse(SocketChannel client, int reason) {
        try (client) {
            ServerProtocol.frameInt(
                    new DataOutputStream(ServerProtocol.output(client)), ServerProtocol.REFUSED, reason);
        } catch (IOException e) {
            // the client is gone: nothing to tell it
        }
    }

    /** Whether the socket's other end is a process of this server's user. */
    static boolean sameUser(SocketChannel client) {
        try {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().equals(ServerAddress.currentUser(Path.of("/")));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whether gksite's jar is still the one this server started with. */
    private boolean codeUnchanged() {
        try {
            BasicFileAttributes a = Files.readAttributes(address.code(), BasicFileAttributes.class);
            return a.lastModifiedTime().equals(codeTime) && a.size() == codeSize;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs one request. The server is freed ({@link #release}) before the client hears anything back or sees its
     * connection closed: a client that goes on at once (the next build) finds it free.
     */
    private void handle(SocketChannel client) {
        AtomicBoolean mine = new AtomicBoolean(true);
        try (client) {
            if (!sameUser(client)) {
                release(mine);
                return;
            }
            DataInputStream in = new DataInputStream(ServerProtocol.input(client));
            DataOutputStream out = new DataOutputStream(ServerProtocol.output(client));
            ServerProtocol.Request request;
            try {
                request = ServerProtocol.Request.read(in);
            } catch (IOException e) {
                release(mine);
                return;
            }
            if (request.kind() == ServerProtocol.STOP) {
                // answered while this request still holds the server: the loop waits for it before it ends
                ServerProtocol.frameInt(out, ServerProtocol.EXIT, ExitCodes.OK);
                end();
            } else if (!codeUnchanged()) {
                ServerProtocol.frameInt(out, ServerProtocol.REFUSED, ServerProtocol.STALE);
                end();
            } else if (!request.identity().equals(address.identity()) || !served(request.args())) {
                // (another identity: a client of another gksite or setting whose name is this server's by chance)
                release(mine);
                ServerProtocol.frameInt(out, ServerProtocol.REFUSED, ServerProtocol.NOT_SERVED);
            } else {
                ServedCommand.run(in, out, request, halt, trusted -> {
                    if (!trusted) {
                        end(); // before the server is free: no command runs after a failure of gksite itself
                    }
                    release(mine);
                });
            }
        } catch (IOException | RuntimeException e) {
            // the client is gone, or sent what is not a request: nothing to answer
        } finally {
            release(mine);
        }
    }

    /**
     * Frees the server for the next command line, once per request: before its answer is sent (a client that runs
     * the next build as soon as it has the answer finds the server free), or when it ends otherwise.
     */
    private void release(AtomicBoolean mine) {
        if (mine.getAndSet(false)) {
            active.set(System.nanoTime());
            busy.set(false);
        }
    }

    /**
     * Whether the server runs this command line: build and check only (others start processes, or serve), and not
     * those of {@link #IN_PROCESS}.
     */
    static boolean served(List<String> args) {
        return !args.isEmpty()
                && Set.of("build", "check").contains(args.get(0))
                && args.stream().noneMatch(a -> a.startsWith("@") || IN_PROCESS.contains(a));
    }

    /**
     * Arguments whose command line runs in a process of its own: help and version (picocli styles them by the
     * process's own terminal and environment), and {@code @file} (picocli reads the file relative to the process's
     * folder).
     */
    private static final Set<String> IN_PROCESS = Set.of("-h", "--help", "-V", "--version");
}
