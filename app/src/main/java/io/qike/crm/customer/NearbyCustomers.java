package io.qike.crm.customer;

import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Checks;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 附近客户: the customers the member may see that lie within a radius of where they are, nearest first. Used by the
 * H5 list and by a field visit (外勤), which offers the nearest ones to check in at.
 */
@Service
public class NearbyCustomers {
    /** The widest search: a rep in the field looks around the district, not the province. */
    public static final int MAX_RADIUS_METERS = 50_000;
    private static final double METERS_PER_DEGREE = 111_320;
    private final CustomerRepository repository;
    private final DataScopes scopes;

    NearbyCustomers(CustomerRepository repository, DataScopes scopes) {
        this.repository = repository;
        this.scopes = scopes;
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public List<NearbyCustomer> around(Double latitude, Double longitude, int radiusMeters, int limit) {
        Checks c = new Checks();
        if (latitude == null) c.add("latitude", "required");
        else if (!Double.isFinite(latitude) || Math.abs(latitude) > 90) c.add(Checks.outOfRange("latitude", "customer.latitude", -90, 90));
        if (longitude == null) c.add("longitude", "required");
        else if (!Double.isFinite(longitude) || Math.abs(longitude) > 180) c.add(Checks.outOfRange("longitude", "customer.longitude", -180, 180));
        c.throwIfAny();
        int radius = Math.min(Math.max(radiusMeters, 100), MAX_RADIUS_METERS);
        double dLat = radius / METERS_PER_DEGREE;
        // A degree of longitude shrinks towards the poles; near them the box simply spans every longitude.
        double cos = Math.cos(Math.toRadians(latitude));
        double dLng = cos < 0.01 ? 360 : radius / (METERS_PER_DEGREE * cos);
        return repository.near(latitude, longitude, dLat, dLng, scopes.current(), Math.min(Math.max(limit, 1), 100)).stream()
                .filter(n -> n.distanceMeters() <= radius).toList();
    }
}
