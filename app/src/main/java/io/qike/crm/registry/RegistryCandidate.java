package io.qike.crm.registry;

/**
 * One hit of a registry search (工商查询), the same whichever provider answered: status in Qike's
 * words (存续, 注销, ...), the founding date as yyyy-MM-dd, the region from the address or province.
 */
public record RegistryCandidate(String name, String creditCode, String legalPerson, String status, String establishedOn,
                                String region, String address, String regNo) {
}
