package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 (core handlers only) on one address and port. {@link #start} accepts port 0 and
 * {@link #port()} then reports the port the system chose, so tests never collide.
 */
public final class DevServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final String bind;
    private final int requestedPort;

    public DevServer(Handler handler, String bind, int port) {
        this.bind = Objects.requireNonNull(bind, "bind");
        this.requestedPort = port;
        QueuedThreadPool pool = new QueuedThreadPool(32, 4);
        pool.setName("gksite-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        // Event streams are kept open by a heartbeat every 10 s; this only reaps dead connections.
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(1000);
    }

    /** Whether {@code bind} names this machine only (127.0.0.1, ::1, localhost). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Starts listening; a taken port or an address of another machine is a {@link DiagnosticException}. */
    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            close();
            if (causedBy(e, BindException.class)) {
                throw new DiagnosticException(
                        Diagnostic.error(
                                "serve.port-in-use",
                                SourcePos.of(""),
                                "端口 " + requestedPort + " 已被占用（或地址 " + bind + " 不可用），预览服务器无法启动。",
                                "用 --port 换一个端口（例如 --port " + (requestedPort + 1)
                                        + "），或先关闭占用该端口的程序（可能是另一个 gksite serve）。"),
                        e);
            }
            throw new DiagnosticException(
                    Diagnostic.error(
                            "serve.start",
                            SourcePos.of(""),
                            "预览服务器无法在 " + bind + ":" + requestedPort + " 启动：" + e.getMessage(),
                            "检查 --bind 地址是否属于本机。"),
                    e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping is best effort: the process is usually ending
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
