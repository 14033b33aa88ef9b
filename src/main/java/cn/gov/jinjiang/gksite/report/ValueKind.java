package cn.gov.jinjiang.gksite.report;

/** What a column holds: a count (integer ≥ 0), a signed change (integer), or money in 万元 (≥ 0, decimals). */
public enum ValueKind {
    COUNT,
    SIGNED,
    MONEY
}
