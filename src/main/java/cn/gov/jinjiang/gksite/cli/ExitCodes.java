package cn.gov.jinjiang.gksite.cli;

/** The process exit codes of the command-line contract. */
public final class ExitCodes {
    /** Success; warnings allowed. */
    public static final int OK = 0;
    /** Errors in content or in the checked output. */
    public static final int CONTENT_ERRORS = 1;
    /** Bad usage (unknown flag) or environment problem (missing folder, port taken, rsync missing). */
    public static final int USAGE_OR_ENVIRONMENT = 2;

    private ExitCodes() {}
}
