package cn.gov.jinjiang.gksite.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every body of the site: the ones site.yaml lists under {@code bodies:}, and the site's own body (its
 * {@code organisation}, {@code body_type} and {@code catalogue.index_prefix}), which holds whatever no listed body's
 * folder holds. A site that lists none is the one body it always was.
 *
 * @param listed the bodies of {@code bodies:}, in the order written
 * @param site   the site's own body (folder "")
 */
public record Bodies(List<Body> listed, Body site) {
    public Bodies {
        listed = List.copyOf(listed);
        Objects.requireNonNull(site, "site");
    }

    /** The body whose folder holds the folder {@code dir} of content/: the deepest listed one, else the site's. */
    public Body of(String dir) {
        Body best = site;
        for (Body b : listed) {
            if (b.holds(dir) && b.folder().length() > best.folder().length()) {
                best = b;
            }
        }
        return best;
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
