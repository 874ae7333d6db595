/**
 * Readers of the values providers send (dates in their many spellings, registered capital with its
 * unit and currency). Flows use them for typed outputs; modules that map flow outputs themselves
 * (工商信息 field mapping) use them too, so both read a value the same way. Not part of the flow engine.
 */
@org.springframework.modulith.NamedInterface("values")
package io.qike.crm.integration.values;
