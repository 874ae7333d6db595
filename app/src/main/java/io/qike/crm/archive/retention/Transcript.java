package io.qike.crm.archive.retention;

/** A conversation excerpt written out: the HTML file to attach, the plain text for a record's body, how many messages. */
record Transcript(String html, String text, int messages) {
}
