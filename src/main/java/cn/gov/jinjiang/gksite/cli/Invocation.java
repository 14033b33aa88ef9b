package cn.gov.jinjiang.gksite.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one command line runs in besides its arguments: the folder it was given in, the environment variables the
 * verbs read, and whether its terminal is interactive. A {@code gksite} process has its own ({@link #process()}); a
 * build run by the resident build server has its client's ({@link BuildServer}), so that the same command line gives
 * the same result there.
 *
 * @param cwd     the folder relative paths of the command line are resolved against; null for the process's own
 *                (paths left relative, as Java resolves them)
 * @param env     the variables of {@link #VARIABLES} that are set, by name
 * @param console whether a person may be watching stderr (a console and CI unset): the progress bar is drawn then
 */
record Invocation(Path cwd, Map<String, String> env, boolean console) {
    /** The environment variables a verb served by the build server may read, and nothing else of it. */
    static final List<String> VARIABLES = List.of("CI", "TERM", "GKSITE_TRACE");

    Invocation {
        if (cwd != null && !cwd.isAbsolute()) {
            throw new IllegalArgumentException("cwd must be absolute: " + cwd);
        }
        env = Map.copyOf(env);
        if (!VARIABLES.containsAll(env.keySet())) {
            throw new IllegalArgumentException("unexpected variables: " + env.keySet());
        }
    }

    /** This process's: its own folder, environment and console. */
    static Invocation process() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : VARIABLES) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        return new Invocation(null, env, System.console() != null);
    }

    /** The value of an environment variable of {@link #VARIABLES}, or null when it is not set. */
    String getenv(String name) {
        if (!VARIABLES.contains(name)) {
            throw new IllegalArgumentException("not a variable gksite passes on: " + name);
        }
        return env.get(name);
    }

    /** A path of the command line as the verbs get it: resolved against {@link #cwd} when there is one. */
    Path resolve(String path) {
        Path p = Path.of(path);
        return cwd == null ? p : cwd.resolve(p);
    }
}
