package cn.gov.jinjiang.gksite.config;

import java.util.List;

/**
 * Where {@code gksite publish} sends the site (site.yaml {@code publish:}).
 *
 * @param target    a local path, {@code user@host:path} (over SSH) or {@code rsync://host[:port]/module/path}
 *                  (an rsync daemon); empty when not configured
 * @param exclude   rsync patterns of files the server keeps (e.g. {@code uploads/}): never sent and never
 *                  deleted by a publish
 * @param maxDelete the largest share (0..1) of the target's files one publish may delete without
 *                  {@code --force}
 * @param ssh       the remote shell for {@code user@host:path} targets, as rsync's {@code -e} takes it (e.g.
 *                  {@code ssh -p 2222 -i /root/.ssh/publish_key}); empty for gksite's default
 */
public record PublishTarget(String target, List<String> exclude, double maxDelete, String ssh) {
    /** Default share of the target's files one publish may delete. */
    public static final double DEFAULT_MAX_DELETE = 0.10;

    public PublishTarget {
        target = target == null ? "" : target.strip();
        exclude = List.copyOf(exclude);
        ssh = ssh == null ? "" : ssh.strip();
        if (!(maxDelete >= 0 && maxDelete <= 1)) {
            throw new IllegalArgumentException("maxDelete must be a share between 0 and 1: " + maxDelete);
        }
    }

    public static PublishTarget none() {
        return new PublishTarget("", List.of(), DEFAULT_MAX_DELETE, "");
    }

    /** This target with another destination (the {@code --target} flag). */
    public PublishTarget withTarget(String newTarget) {
        return new PublishTarget(newTarget, exclude, maxDelete, ssh);
    }
}
