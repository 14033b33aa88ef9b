package cn.gov.jinjiang.gksite.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build server's protocol, over a Unix socket between two processes of one user. The client (ServerClient, or the
 * launcher's quick client in perl, bin/gksite-client.pl, which writes and reads the same bytes) sends one request;
 * the server answers with frames — a type byte, a length and that many bytes: stdout and stderr as the verb writes
 * them, then its exit code, or a refusal. Every length is bounded before anything is allocated for it.
 */
final class ServerProtocol {
    static final int MAGIC = 0x474B5332; // "GKS2"
    static final int RUN = 1;
    static final int STOP = 2;

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    /** Reasons of a refusal. */
    static final int BUSY = 1;

    static final int STALE = 2;
    static final int NOT_SERVED = 3;

    static final int MAX_STRING = 64 * 1024;
    static final int MAX_ITEMS = 4096;
    static final int MAX_FRAME = 1 << 20;

    private ServerProtocol() {}

    /**
     * One command line for the server.
     *
     * @param kind     {@link #RUN} or {@link #STOP}
     * @param identity the {@link ServerAddress#identity} of the server the client looked for ("" to stop any)
     */
    record Request(int kind, String identity, Invocation invocation, List<String> args) {
        Request {
            args = List.copyOf(args);
        }

        /** Whether the protocol's limits let it carry this request. */
        boolean fits() {
            if (args.size() > MAX_ITEMS || invocation.env().size() > MAX_ITEMS) {
                return false;
            }
            Stream<String> all = Stream.concat(
                    Stream.of(identity, invocation.cwd().toString()),
                    Stream.concat(
                            args.stream(),
                            invocation.env().entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue()))));
            return all.allMatch(x -> x.getBytes(StandardCharsets.UTF_8).length <= MAX_STRING);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(kind);
            writeString(out, identity);
            writeString(out, invocation.cwd().toString());
            out.writeInt(invocation.env().size());
            for (Map.Entry<String, String> e : invocation.env().entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
            out.writeBoolean(invocation.console());
            out.writeInt(args.size());
            for (String a : args) {
                writeString(out, a);
            }
            out.flush();
        }

        /** Reads a request; a malformed one (or a variable gksite does not pass on) is an IOException. */
        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a gksite request");
            }
            int kind = in.readInt();
            if (kind != RUN && kind != STOP) {
                throw new IOException("unknown request " + kind);
            }
            String identity = readString(in);
            Path cwd = Path.of(readString(in));
            if (!cwd.isAbsolute()) {
                throw new IOException("relative folder " + cwd);
            }
            int n = count(in);
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = readString(in);
                String value = readString(in);
                if (!Invocation.VARIABLES.contains(name)) {
                    throw new IOException("unexpected variable " + name);
                }
                env.put(name, value);
            }
            boolean console = in.readBoolean();
            int m = count(in);
            List<String> args = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                args.add(readString(in));
            }
            return new Request(kind, identity, new Invocation(cwd, env, console), args);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_STRING) {
            throw new IOException("argument too long (" + b.length + " bytes)");
        }
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(bytes(in, MAX_STRING), StandardCharsets.UTF_8);
    }

    /** A length of at most {@code max}, then that many bytes. */
    private static byte[] bytes(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("bad length " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException();
        }
        return b;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /** Writes one frame (synchronised on {@code out}: stdout and stderr may be written from several threads). */
    static void frame(DataOutputStream out, byte type, byte[] b, int off, int len) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(len);
            out.write(b, off, len);
            out.flush();
        }
    }

    static void frameInt(DataOutputStream out, byte type, int value) throws IOException {
        frame(out, type, ByteBuffer.allocate(4).putInt(value).array(), 0, 4);
    }

    /** A stream of one kind of frames: what the verb writes to stdout or stderr, sent as it comes. */
    static OutputStream frames(DataOutputStream out, byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int at = off; at < off + len; at += MAX_FRAME) {
                    frame(out, type, b, at, Math.min(MAX_FRAME, off + len - at));
                }
            }
        };
    }

    /**
     * The channel's input as a stream. Not {@link java.nio.channels.Channels#newInputStream}: on Java 17 its streams
     * of a blocking channel share one lock, so that a thread waiting to read (the server's watch on its client) would
     * hold up every write.
     */
    static InputStream input(SocketChannel channel) {
        return new BufferedInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                return channel.read(ByteBuffer.wrap(b, off, len));
            }
        });
    }

    /** The channel's output as a stream (see {@link #input}). */
    static OutputStream output(SocketChannel channel) {
        return new BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
        });
    }

    /** A frame as read: its type and bytes. */
    record Frame(byte type, byte[] bytes) {
        int asInt() throws IOException {
            if (bytes.length != 4) {
                throw new IOException("bad frame");
            }
            return ByteBuffer.wrap(bytes).getInt();
        }

        /** The next frame, or null at the end of the stream between frames. */
        static Frame read(DataInputStream in) throws IOException {
            int type = in.read();
            if (type < 0) {
                return null;
            }
            return new Frame((byte) type, ServerProtocol.bytes(in, MAX_FRAME));
        }
    }
}
