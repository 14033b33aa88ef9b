package cn.gov.jinjiang.gksite.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every body of the site: the ones site.yaml lists under {@code bodies:}, and the site's own body (its
 * {@code organisation}, {@code body_type} and {@code catalogue.index_prefix}), which holds whatever no listed body's
 * folder holds. A site that lists none is the one body it always was. Finding a folder's body costs the folder's
 * depth, not the number of bodies.
 */
public final class Bodies {
    private final List<Body> listed;
    private final Body site;
    private final Map<String, Body> byFolder = new HashMap<>();

    /**
     * @param listed the bodies of {@code bodies:}, in the order written (their folders distinct)
     * @param site   the site's own body (folder "")
     */
    public Bodies(List<Body> listed, Body site) {
        this.listed = List.copyOf(listed);
        this.site = Objects.requireNonNull(site, "site");
        for (Body b : this.listed) {
            byFolder.putIfAbsent(b.folder(), b);
        }
    }

    /** The bodies of {@code bodies:}, in the order written. */
    public List<Body> listed() {
        return listed;
    }

    /** The site's own body. */
    public Body site() {
        return site;
    }

    /** The body whose folder holds the folder {@code dir} of content/: the deepest listed one, else the site's. */
    public Body of(String dir) {
        String d = dir;
        while (!d.isEmpty()) {
            Body b = byFolder.get(d);
            if (b != null) {
                return b;
            }
            int slash = d.lastIndexOf('/');
            d = slash < 0 ? "" : d.substring(0, slash);
        }
        return site;
    }

    /** The body with this id, listed or the site's own. */
    public Optional<Body> byId(String id) {
        List<Body> each = new ArrayList<>(listed);
        each.add(site);
        return each.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * The bodies expected to publish: the listed ones, or the site's own body alone when none is listed. (With
     * bodies listed, the site's own body only holds what lies outside their folders, such as the 信息公开 home.)
     */
    public List<Body> all() {
        return listed.isEmpty() ? List.of(site) : listed;
    }
}
