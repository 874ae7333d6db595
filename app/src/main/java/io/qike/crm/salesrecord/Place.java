package io.qike.crm.salesrecord;

import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Where a field visit (外勤) happened: WGS-84 degrees as the phone reported them, and the address text, if any. */
public record Place(Double latitude, Double longitude, String address) {

    /** The place with its address trimmed, or problems on latitude and longitude when they are missing or off the globe. */
    static Place check(Place p, Checks c) {
        Double lat = p == null ? null : p.latitude();
        Double lng = p == null ? null : p.longitude();
        if (lat == null) c.add("latitude", "required");
        else if (!Double.isFinite(lat) || Math.abs(lat) > 90) c.add(Checks.outOfRange("latitude", "customer.latitude", -90, 90));
        if (lng == null) c.add("longitude", "required");
        else if (!Double.isFinite(lng) || Math.abs(lng) > 180) c.add(Checks.outOfRange("longitude", "customer.longitude", -180, 180));
        String address = c.text("locationAddress", p == null ? null : p.address(), MaxLength.CUSTOMER_ADDRESS, false);
        return new Place(lat, lng, address);
    }

    static Place read(ResultSet rs) throws SQLException {
        Double lat = rs.getObject("latitude", Double.class);
        return lat == null ? null : new Place(lat, rs.getObject("longitude", Double.class), rs.getString("location_address"));
    }
}
