package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** A server that cannot start says why, as a diagnostic, and holds no port or thread afterwards. */
class DevServerTest {

    /** A handler that refuses to start, as a handler that cannot open what it serves would. */
    private static final class Failing extends Handler.Abstract {
        @Override
        protected void doStart() {
            throw new IllegalStateException("handler broken");
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            return false;
        }
    }

    @Test
    void aFailureThatIsNoTakenPortIsServeStartWithTheCause() {
        DevServer server = new DevServer(new Failing(), "127.0.0.1", 0);
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, server::start);
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("serve.start");
            assertThat(d.message()).contains("127.0.0.1:0").contains("handler broken");
        });
    }

    @Test
    void aTakenPortIsPortInUseNamingAnotherPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            DevServer server = new DevServer(
                    new Handler.Abstract() {
                        @Override
                        public boolean handle(Request request, Response response, Callback callback) {
                            return false;
                        }
                    },
                    "127.0.0.1",
                    port);
            DiagnosticException e = catchThrowableOfType(DiagnosticException.class, server::start);
            assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("serve.port-in-use");
                assertThat(d.hint()).contains("--port " + (port + 1));
            });
        }
    }
}
