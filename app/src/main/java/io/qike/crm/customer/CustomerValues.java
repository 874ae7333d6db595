package io.qike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A customer's standard fields after validation, in stored form. */
record CustomerValues(String name, String nameNorm, String creditCode, String legalRepresentative,
                      BigDecimal registeredCapital, String capitalCurrency, LocalDate establishedOn,
                      String registrationStatus, String address, String region, String industry, String businessScope,
                      String phone, String email, String website, long ownerId, String source, String level,
                      List<String> tags, String customJson, Double latitude, Double longitude,
                      String locationAddress) {
}
