package io.qike.crm.archive.conversation;

import java.nio.file.Path;

/** A fetched media file to send: where it is, its content type, the name to save it under, and whether to show it inline. */
public record MediaFile(Path path, String contentType, String fileName, long size, boolean inline) {
}
