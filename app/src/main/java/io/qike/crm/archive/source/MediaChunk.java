package io.qike.crm.archive.source;

/** One chunk of GetMediaData: the bytes, the indexbuf of the next chunk, and whether this was the last. */
public record MediaChunk(String outIndexBuf, byte[] data, boolean finished) {
}
