package cn.gov.jinjiang.gksite.build;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the build cache is keyed by beside the sources: the code that converted them. In a jar, a digest of its
 * directory (every entry's name, sizes and CRC, without reading the classes: a few milliseconds), so a
 * new gksite, a changed library or a rebuilt jar with any class changed gives a new fingerprint; in a folder of
 * classes (a development run), a digest of every file's name and bytes. The Java feature release is part of it
 * too: the Unicode tables that decide what a letter is change between releases.
 */
public final class CodeFingerprint {
    /** The ZIP end-of-directory record without a comment: 22 bytes, starting with its signature. */
    private static final int END_RECORD = 22;

    private static final int END_SIGNATURE = 0x06054b50;

    private CodeFingerprint() {}

    /** The fingerprint of the code {@code anchor} was loaded from, or null when it cannot be told. */
    public static String of(Class<?> anchor) {
        return of(anchor, System.getProperty("java.class.path", ""));
    }

    /**
     * As {@link #of(Class)}. A class mapped from an ahead-of-time cache that was trained with a relative {@code -jar}
     * path has a code source without a location (Java 25): then the class path, when it is one jar that holds {@code
     * anchor}, is the code (without it, every build of such a JVM would be a full one, without a word).
     */
    static String of(Class<?> anchor, String classPath) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            Path jar = soleJar(classPath, anchor);
            return jar == null ? null : of(jar);
        }
        try {
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The one jar of {@code classPath}, when it holds the class file of {@code anchor}; else null. */
    private static Path soleJar(String classPath, Class<?> anchor) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator)) {
            return null;
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                return zip.getEntry(anchor.getName().replace('.', '/') + ".class") == null ? null : jar;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The fingerprint of a jar or a folder of classes, or null when it cannot be read. */
    static String of(Path code) {
        MessageDigest digest = sha256();
        digest.update(("java " + Runtime.version().feature() + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            if (Files.isDirectory(code)) {
                folder(code, digest);
            } else {
                jar(code, digest);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A jar's directory (every entry's name, sizes, CRC and place), read as one block from the end of the file and
     * digested whole: some 1.5 MB for gksite's 16,000 entries, a few milliseconds, where walking the entries one by
     * one took 70 ms at start. A jar whose directory cannot be found that way (a comment in the way, ZIP64) is
     * walked entry by entry.
     */
    private static void jar(Path jar, MessageDigest digest) throws IOException {
        try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, END_RECORD);
            ByteBuffer end = CacheFile.read(ch, size - tail, tail).order(ByteOrder.LITTLE_ENDIAN);
            int at = tail - END_RECORD;
            if (at >= 0 && end.getInt(at) == END_SIGNATURE) {
                long dirSize = Integer.toUnsignedLong(end.getInt(at + 12));
                long dirStart = Integer.toUnsignedLong(end.getInt(at + 16));
                if (dirSize != 0xFFFFFFFFL
                        && dirStart != 0xFFFFFFFFL
                        && dirStart + dirSize <= size - END_RECORD
                        && dirSize < Integer.MAX_VALUE) {
                    digest.update(CacheFile.read(ch, dirStart, (int) dirSize));
                    return;
                }
            }
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                digest.update((entry.getName() + "\t" + entry.getSize() + "\t" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void folder(Path root, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            digest.update((root.relativize(f) + "\t" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
