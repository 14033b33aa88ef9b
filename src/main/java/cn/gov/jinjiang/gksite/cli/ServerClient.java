package cn.gov.jinjiang.gksite.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The launcher's client of the {@link BuildServer}: sends its command line, folder, environment and console to the
 * server of its address and writes what comes back to its own stdout and stderr; its exit code is the command's. It
 * loads a handful of classes and starts in some 50 ms.
 *
 * <p>Exit codes of its own, for the launcher, which then runs the command in a process of its own as before: {@link
 * #NO_SERVER} (no server at the address, or one that went away before it answered; the launcher starts one after the
 * build) and {@link #NOT_NOW} (a server is there but does not run this command now, or the address is not safe: the
 * launcher starts none).
 */
public final class ServerClient {
    static final int NO_SERVER = 75;
    static final int NOT_NOW = 76;

    private ServerClient() {}

    public static void main(String[] args) {
        watchParent();
        System.exit(run(System.getenv(), args, System.out, System.err));
    }

    /**
     * Ends this client (and with it, its command on the server) when the launcher that started it is gone: killed by
     * a caller's timeout, say, which kills the launcher's process alone. A command in a process of its own would have
     * ended with it.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread t = new Thread(
                () -> {
                    while (parent.isAlive()) {
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(130);
                },
                "gksite-client-parent");
        t.setDaemon(true);
        t.start();
    }

    /** Runs {@code args} on the server for the launcher's key (GKSITE_SERVER_KEY) and returns the exit code. */
    static int run(Map<String, String> env, String[] args, OutputStream out, OutputStream err) {
        String key = env.get("GKSITE_SERVER_KEY");
        if (key == null) {
            return NOT_NOW;
        }
        ServerAddress address;
        try {
            address = ServerAddress.of(env, key, ServerAddress.ownCode());
        } catch (ServerAddress.Unsafe e) {
            return NOT_NOW;
        }
        Invocation process = Invocation.process();
        Invocation invocation = new Invocation(Path.of("").toAbsolutePath(), process.env(), process.console());
        if (args.length == 1 && args[0].equals(STOP)) {
            return stopAll(address.dir(), invocation, err);
        }
        ServerProtocol.Request request =
                new ServerProtocol.Request(ServerProtocol.RUN, address.identity(), invocation, List.of(args));
        // one the protocol cannot carry (an argument over 64 KiB) runs in a process of its own, which reports it
        if (!request.fits()) {
            return NOT_NOW;
        }
        return send(address.socket(), request, out, err);
    }

    /** The launcher's argument for {@code gksite server stop}. */
    static final String STOP = "--stop-servers";

    /** Asks every server in {@code dir} (this user's, of any gksite and setting) to end; reports how many did. */
    static int stopAll(Path dir, Invocation invocation, OutputStream err) {
        int stopped = 0;
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(dir, "*.sock")) {
            for (Path socket : sockets) {
                ServerProtocol.Request stop =
                        new ServerProtocol.Request(ServerProtocol.STOP, "", invocation, List.of());
                if (send(socket, stop, OutputStream.nullOutputStream(), OutputStream.nullOutputStream()) == 0) {
                    stopped++;
                }
            }
            err.write(("gksite：已停止 " + stopped + " 个构建服务（stopped " + stopped + " build server(s)）。\n")
                    .getBytes(StandardCharsets.UTF_8));
            err.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            return ExitCodes.USAGE_OR_ENVIRONMENT;
        }
    }

    /** Says that the server went away in the middle of the command, and returns exit code 2. */
    private static int lost(OutputStream err) throws IOException {
        err.write(("\ngksite：构建服务在命令完成前意外退出（server.lost）。请重新运行命令；"
                        + "若一再发生，请设置环境变量 GKSITE_SERVER=0 不用构建服务。\n"
                        + "gksite: the build server ended before the command did (server.lost).\n")
                .getBytes(StandardCharsets.UTF_8));
        err.flush();
        return ExitCodes.USAGE_OR_ENVIRONMENT;
    }

    static int send(Path socket, ServerProtocol.Request request, OutputStream out, OutputStream err) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return NOT_NOW;
        }
        try (channel) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                return NO_SERVER; // none there, or one gone without removing its socket
            }
            // the server's folder is this user's alone; its process must be too
            if (!BuildServer.sameUser(channel)) {
                return NOT_NOW;
            }
            try {
                request.write(new DataOutputStream(ServerProtocol.output(channel)));
            } catch (IOException e) {
                // a server that refuses at once (busy) may close before it has read the request: its answer is read
                // below all the same
            }
            DataInputStream in = new DataInputStream(ServerProtocol.input(channel));
            boolean wrote = false;
            try {
                while (true) {
                    ServerProtocol.Frame f;
                    try {
                        f = ServerProtocol.Frame.read(in);
                    } catch (IOException e) {
                        f = null;
                    }
                    if (f == null) {
                        // gone before it began: the command runs in a process of its own
                        return wrote ? lost(err) : NO_SERVER;
                    }
                    switch (f.type()) {
                        case ServerProtocol.OUT -> {
                            out.write(f.bytes());
                            out.flush();
                            wrote = true;
                        }
                        case ServerProtocol.ERR -> {
                            err.write(f.bytes());
                            err.flush();
                            wrote = true;
                        }
                        case ServerProtocol.EXIT -> {
                            return f.asInt();
                        }
                        case ServerProtocol.REFUSED -> {
                            return f.asInt() == ServerProtocol.STALE ? NO_SERVER : NOT_NOW;
                        }
                        default -> throw new IOException("unknown frame " + f.type());
                    }
                }
            } catch (IOException e) {
                return wrote ? lost(err) : NO_SERVER;
            }
        } catch (IOException e) {
            return NO_SERVER;
        }
    }
}
