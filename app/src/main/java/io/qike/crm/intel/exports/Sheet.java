package io.qike.crm.intel.exports;

import java.util.List;

/** A table to download as xlsx: its title (also the file name), column headers and rows. */
public record Sheet(String title, List<String> headers, List<List<Object>> rows) {
}
