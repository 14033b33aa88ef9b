package cn.gov.jinjiang.gksite.report;

import java.util.List;

/**
 * A report's 核对清单 as read from ack.yaml: the acknowledged findings ({@code 已核对}) and the findings an
 * import recorded for the editor to check ({@code 待核对}, never applied).
 */
record AckList(List<Acknowledgement> acknowledged, List<Acknowledgement> pending) {
    static final AckList NONE = new AckList(List.of(), List.of());

    AckList {
        acknowledged = List.copyOf(acknowledged);
        pending = List.copyOf(pending);
    }
}
