package cn.gov.jinjiang.gksite.config;

import java.util.List;

/**
 * Where {@code gksite publish} sends the site: a local path or {@code user@host:path}, files the
 * server keeps (never deleted by a publish), and the largest share of the target's files one publish
 * may delete without {@code --force}.
 */
public record PublishTarget(String target, List<String> exclude, double maxDelete) {
    public PublishTarget {
        target = target == null ? "" : target;
        exclude = List.copyOf(exclude);
    }

    public static PublishTarget none() {
        return new PublishTarget("", List.of(), 0.10);
    }
}
