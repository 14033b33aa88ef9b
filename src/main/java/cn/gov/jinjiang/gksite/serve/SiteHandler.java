package cn.gov.jinjiang.gksite.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the preview's output folder (Jetty core handler, no servlets):
 * <ul>
 *   <li>GET and HEAD only (405 with {@code Allow} otherwise);</li>
 *   <li>paths with {@code ..}, {@code .} segments, backslashes, NUL or encoded separators are refused with 400,
 *   and a file whose real path (symbolic links resolved) is not inside the output folder is 404;</li>
 *   <li>{@code Content-Type} with charset, {@code ETag} (content hash) and {@code Last-Modified}, answering
 *   {@code If-None-Match} / {@code If-Modified-Since} with 304; {@code Cache-Control: no-cache} so every
 *   load revalidates; gzip for text when the browser accepts it;</li>
 *   <li>a folder without a trailing slash redirects to it with one, and serves its index.html;</li>
 *   <li>a missing file gets the site's 404.html (or a plain page) with status 404;</li>
 *   <li>while the build has errors, pages are replaced by the {@link ErrorPage} with status 500 (a draft's errors
 *   replace only the draft's pages: {@link ServeState});</li>
 *   <li>HTML responses get the {@link LiveReload} script; {@link LiveReload#PATH} is the event stream.</li>
 * </ul>
 */
final class SiteHandler extends Handler.Abstract {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int GZIP_MIN = 256;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("htm", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("csv", "text/csv;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("xml", "application/xml;charset=utf-8"),
            Map.entry("svg", "image/svg+xml;charset=utf-8"),
            Map.entry("md", "text/markdown;charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("zip", "application/zip"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final Path output;
    private final Supplier<ServeState> state;
    private final LiveReload live;
    private final ErrorPage errorPage;

    SiteHandler(Path output, Supplier<ServeState> state, LiveReload live, ErrorPage errorPage) {
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
        this.state = Objects.requireNonNull(state, "state");
        this.live = Objects.requireNonNull(live, "live");
        this.errorPage = Objects.requireNonNull(errorPage, "errorPage");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            // The request's body is never read: close the connection, so no client reuses it
            // while the server is still discarding that body (a reused one can see no reply at all).
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            plain(response, callback, 405, "只支持 GET 和 HEAD 请求（405 Method Not Allowed）。", false);
            return true;
        }
        String raw = request.getHttpURI().getPath();
        String path = Request.getPathInContext(request);
        if (path == null || raw == null || SitePaths.unsafe(raw, path)) {
            plain(response, callback, 400, "请求的地址不合法（400 Bad Request）。", head);
            return true;
        }
        if (path.equals(LiveReload.PATH)) {
            events(request, response, callback, head);
            return true;
        }
        // Read the generation before the state: a page is never marked newer than what it shows.
        long gen = live.generation();
        ServeState now = state.get();
        Path root;
        try {
            root = output.toRealPath();
        } catch (IOException e) {
            root = null;
        }
        Path file = root == null ? null : SitePaths.resolve(root, path);
        if (file != null && Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                String query = request.getHttpURI().getQuery();
                response.setStatus(301);
                response.getHeaders().put(HttpHeader.LOCATION, raw + "/" + (query == null ? "" : "?" + query));
                response.write(true, ByteBuffer.allocate(0), callback);
                return true;
            }
            file = SitePaths.resolve(root, path + "index.html");
        }
        boolean page = file == null ? looksLikePage(path) : isHtml(file);
        if (page
                && now.errorPageAt(
                        file == null ? null : root.relativize(file).toString().replace('\\', '/'))) {
            byte[] body =
                    LiveReload.inject(errorPage.html(now.diagnostics()), gen).getBytes(StandardCharsets.UTF_8);
            send(request, response, callback, 500, "text/html;charset=utf-8", body, null, head);
            return true;
        }
        if (file == null) {
            notFound(request, response, callback, root, gen, head);
            return true;
        }
        byte[] bytes = Files.readAllBytes(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        String type = typeOf(file);
        if (isHtml(file)) {
            bytes = LiveReload.inject(new String(bytes, StandardCharsets.UTF_8), gen)
                    .getBytes(StandardCharsets.UTF_8);
            // The injected generation changes without the file changing: let the page's date follow it.
            modified = modified.isAfter(now.at()) ? modified : now.at();
        }
        send(request, response, callback, 200, type, bytes, modified, head);
        return true;
    }

    private void notFound(Request request, Response response, Callback callback, Path root, long gen, boolean head)
            throws IOException {
        Path custom = root == null ? null : SitePaths.resolve(root, "/404.html");
        String html = custom != null && Files.isRegularFile(custom)
                ? Files.readString(custom, StandardCharsets.UTF_8)
                : "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>页面不存在（404）</title></head>\n"
                        + "<body>\n<main>\n<h1>页面不存在（404）</h1>\n<p>站点中没有这个地址："
                        + ErrorPage.esc(Request.getPathInContext(request))
                        + "</p>\n<p><a href=\"/\">返回首页</a></p>\n</main>\n</body>\n</html>\n";
        send(
                request,
                response,
                callback,
                404,
                "text/html;charset=utf-8",
                LiveReload.inject(html, gen).getBytes(StandardCharsets.UTF_8),
                null,
                head);
    }

    private void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            String type,
            byte[] body,
            Instant modified,
            boolean head)
            throws IOException {
        var headers = response.getHeaders();
        boolean compressible =
                type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("svg");
        String accept = request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
        boolean gzip = compressible && body.length >= GZIP_MIN && accept != null && acceptsGzip(accept);
        String etag = etag(body);
        headers.put(HttpHeader.CONTENT_TYPE, type);
        headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        if (compressible) {
            headers.put(HttpHeader.VARY, "Accept-Encoding");
        }
        if (status == 200) {
            String tag = gzip ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
            headers.put(HttpHeader.ETAG, tag);
            if (modified != null) {
                headers.put(HttpHeader.LAST_MODIFIED, HTTP_DATE.format(modified));
            }
            if (notModified(request, etag, modified)) {
                response.setStatus(304);
                response.write(true, ByteBuffer.allocate(0), callback);
                return;
            }
        }
        byte[] out = gzip ? gzip(body) : body;
        if (gzip) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        }
        response.setStatus(status);
        headers.put(HttpHeader.CONTENT_LENGTH, out.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(out), callback);
    }

    private static boolean notModified(Request request, String etag, Instant modified) {
        String inm = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
        if (inm != null) {
            String plain = etag.substring(1, etag.length() - 1);
            for (String t : inm.split(",")) {
                String tag = t.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag) || tag.equals("\"" + plain + "-gzip\"")) {
                    return true;
                }
            }
            return false;
        }
        String ims = request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE);
        if (ims != null && modified != null) {
            try {
                Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return modified.getEpochSecond() <= since.getEpochSecond();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(String accept) {
        for (String part : accept.split(",")) {
            String[] f = part.strip().split(";");
            if (f[0].strip().equalsIgnoreCase("gzip") || f[0].strip().equals("*")) {
                return !(f.length > 1 && f[1].strip().replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(body);
        }
        return bos.toByteArray();
    }

    private void events(Request request, Response response, Callback callback, boolean head) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (head) {
            response.write(true, ByteBuffer.allocate(0), callback);
            return;
        }
        OutputStream out = Content.Sink.asOutputStream(response);
        AtomicBoolean ended = new AtomicBoolean();
        LiveReload.Client client = new LiveReload.Client() {
            @Override
            public OutputStream out() {
                return out;
            }

            @Override
            public void end() {
                if (ended.compareAndSet(false, true)) {
                    try {
                        out.close();
                    } catch (IOException | RuntimeException ignored) {
                        // the browser is gone already
                    }
                    callback.succeeded();
                }
            }
        };
        request.addFailureListener(t -> client.end());
        live.connect(client);
    }

    private static void plain(Response response, Callback callback, int status, String text, boolean head) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    private static boolean isHtml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    private static boolean looksLikePage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.isEmpty() || last.endsWith(".html") || last.endsWith(".htm") || !last.contains(".");
    }

    private static String typeOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
