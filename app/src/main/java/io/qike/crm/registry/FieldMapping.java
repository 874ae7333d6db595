package io.qike.crm.registry;

/**
 * One row of the 字段映射关系: an output field of the detail flow onto a customer field. Targets are
 * the standard fields by name ({@code registeredCapital}) or custom fields as {@code custom.<code>};
 * the conversion follows from the target's type (dates, money, status words, region).
 */
public record FieldMapping(String source, String target) {
}
