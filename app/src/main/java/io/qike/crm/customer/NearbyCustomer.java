package io.qike.crm.customer;

/** A customer near the member (附近客户), with its distance in metres; {@code address} is its location's address or else its own. */
public record NearbyCustomer(long id, String name, String address, double latitude, double longitude, long distanceMeters) {
}
