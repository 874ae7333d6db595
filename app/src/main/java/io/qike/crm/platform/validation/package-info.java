/**
 * The one way to check input: {@link io.qike.crm.platform.validation.Checks} collects field problems and
 * rejects the input as a whole; {@link io.qike.crm.platform.validation.Patterns} and
 * {@link io.qike.crm.platform.validation.Text} hold the shared formats and the text clean-up; {@link
 * io.qike.crm.platform.validation.Like} escapes search keywords.
 */
@org.springframework.modulith.NamedInterface("validation")
package io.qike.crm.platform.validation;
