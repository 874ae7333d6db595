package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Coverings by a few calls, stored in the dual ("type") form: a company's type is the set of calls that name it.
 * A set of types works iff every two types intersect (two companies then share a call) and each call names at
 * most 20 companies. b = 5 is Mills' bound C(36,20,2) = 5 (Covering designs I: coverings by a small number of
 * subsets, Ars Combinatoria 8, 1979; confirmed offline by integer programming over intersecting families); the
 * others were found offline by simulated annealing and beat what the algebraic constructions reach for those n
 * (e.g. 52 companies in 10 calls instead of 11, 75 in 19 instead of 20). The tests verify each one.
 */
final class SmallCoverings {

    /** {@code types[i] = {bitmask of calls, number of companies of that type}}. */
    record Entry(int calls, int capacity, int[][] types) {
    }

    static final List<Entry> ENTRIES = List.of(
            entry(5, new int[][] {{0b01001, 4}, {0b01110, 12}, {0b10011, 8}, {0b10101, 8}, {0b11000, 4}}),
            entry(8, new int[][] {{0b01100001, 4}, {0b01000110, 6}, {0b00101010, 6}, {0b00110100, 6}, {0b01011000, 6},
                {0b11100000, 4}, {0b10010011, 8}, {0b10001101, 8}}),
            entry(9, new int[][] {{0b001001001, 5}, {0b100010001, 5}, {0b000011100, 5}, {0b101000100, 5}, {0b000100111, 2},
                {0b010000111, 4}, {0b010100101, 4}, {0b100101010, 1}, {0b110001010, 5}, {0b001110010, 7},
                {0b011010010, 1}, {0b110101000, 4}, {0b011110000, 2}}),
            entry(10, new int[][] {{0b0000001011, 4}, {0b0000111000, 4}, {0b1001001000, 3}, {0b0001010101, 1},
                {0b1000100101, 4}, {0b0011010001, 2}, {0b0101010001, 4}, {0b1100100001, 4}, {0b1000010110, 1},
                {0b0001100110, 2}, {0b1010010010, 3}, {0b1100010010, 2}, {0b0011100010, 5}, {0b0101100010, 1},
                {0b1001001100, 1}, {0b0110001100, 8}, {0b0011010101, 1}, {0b1010010110, 1}, {0b1100010110, 1}}),
            entry(11, new int[][] {{0b00000010111, 1}, {0b01000000111, 1}, {0b00000011011, 1}, {0b01000010011, 1},
                {0b11000000101, 2}, {0b00100101001, 6}, {0b00011001001, 6}, {0b11000010001, 2}, {0b01000001110, 1},
                {0b10000011010, 1}, {0b01001100010, 4}, {0b10001100010, 3}, {0b10110000010, 7}, {0b11000001100, 5},
                {0b00010110100, 5}, {0b00101010100, 5}, {0b01010110000, 2}, {0b01101010000, 2}}),
            entry(19, new int[][] {{0b0000010001000001011, 3}, {0b0000101000000001011, 3}, {0b0010001010000000101, 4},
                {0b0000010100010100001, 3}, {0b1101000001000000001, 2}, {0b1101100000000000001, 2},
                {0b0100000000011000110, 4}, {0b0001000110000010010, 5}, {0b1010000000100100010, 5},
                {0b0001000000000111100, 5}, {0b0000100101100000100, 5}, {0b1010000100001001000, 5},
                {0b0100000010110001000, 4}, {0b1000001001010010000, 4}, {0b0110110000000010000, 4},
                {0b0000100011001100000, 5}, {0b0100011100000100000, 2}, {0b0001011000101000000, 3},
                {0b0011001001010000000, 1}, {0b0011110000010000000, 1}, {0b0100000000111010001, 1},
                {0b0000011000101010001, 1}, {0b0001010000111000001, 1}, {0b1000011010010000100, 1},
                {0b1100011010000000100, 1}}));

    private SmallCoverings() {
    }

    private static Entry entry(int calls, int[][] types) {
        int capacity = 0;
        for (int[] type : types) {
            capacity += type[1];
        }
        return new Entry(calls, capacity, types);
    }

    /** Builds n ≤ capacity companies, dropping companies of the last types first. */
    static Covering build(Entry entry, int n) {
        if (n > entry.capacity()) {
            throw new IllegalArgumentException(n + " > " + entry.capacity());
        }
        List<List<Integer>> calls = new ArrayList<>();
        for (int c = 0; c < entry.calls(); c++) {
            calls.add(new ArrayList<>());
        }
        int company = 0;
        for (int[] type : entry.types()) {
            for (int i = 0; i < type[1] && company < n; i++, company++) {
                for (int c = 0; c < entry.calls(); c++) {
                    if ((type[0] >>> c & 1) != 0) {
                        calls.get(c).add(company);
                    }
                }
            }
        }
        List<int[]> blocks = new ArrayList<>();
        for (List<Integer> call : calls) {
            if (call.size() >= 2) {
                blocks.add(call.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new Covering(n, blocks, entry.calls() + "-call table (" + entry.capacity() + " companies)");
    }
}
