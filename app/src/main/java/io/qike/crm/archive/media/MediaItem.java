package io.qike.crm.archive.media;

/** A media item this node holds a lease on: what to fetch and which attempt this is (1-based). */
record MediaItem(String msgid, String msgtype, String sdkfileid, String md5sum, Long expectedSize, int attempt) {
}
